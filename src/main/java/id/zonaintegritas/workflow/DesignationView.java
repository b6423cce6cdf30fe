package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.LocalDate;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.Predicate;

/**
 * A designation, and its revocation if it was revoked.
 *
 * @param predicate WBK or WBBM
 * @param decreeNumber the minister's decree (SK)
 * @param decreeDate its date
 * @param recordedBy who recorded it (the TPN)
 * @param recordedAt when
 * @param revokedAt when it was revoked, or {@code null}
 * @param revokedBy who recorded the revocation
 * @param revocationReason why
 * @param revocationDecree the decree of revocation
 * @param periodYear the period whose TPN evaluated the unit
 * @param decreeDocumentId the decree's file, or {@code null} (designations recorded
 * before files were kept)
 * @param revocationDate the date of the decree of revocation, or {@code null}
 * @param revocationDocumentId its file, or {@code null}
 */
public record DesignationView(Predicate predicate, String decreeNumber, LocalDate decreeDate, String recordedBy,
		Instant recordedAt, Instant revokedAt, String revokedBy, String revocationReason, String revocationDecree,
		int periodYear, Long decreeDocumentId, LocalDate revocationDate, Long revocationDocumentId) {

	@ColumnLimit(table = "designation", column = "decree_number")
	public static final int DECREE_NUMBER_LENGTH = 150;

	@ColumnLimit(table = "designation", column = "revocation_decree")
	public static final int REVOCATION_DECREE_LENGTH = DECREE_NUMBER_LENGTH;

	@ColumnLimit(table = "designation", column = "revocation_reason")
	public static final int REVOCATION_REASON_LENGTH = DecisionView.REASON_LENGTH;

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

}
