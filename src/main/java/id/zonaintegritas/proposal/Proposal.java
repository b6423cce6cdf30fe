package id.zonaintegritas.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An instansi's proposal of its eligible units to KemenPAN-RB in a period.
 *
 * @param id the proposal
 * @param institutionId the instansi
 * @param institutionName its name
 * @param year the period
 * @param letterNumber the cover letter's number
 * @param letterDate its date
 * @param coverLetterDocumentId the cover letter (PDF)
 * @param sptjmDocumentId the statement of responsibility (PDF)
 * @param proposedBy the instansi head who proposed
 * @param proposedAt when
 * @param units the units proposed
 */
public record Proposal(long id, long institutionId, String institutionName, int year, String letterNumber,
		LocalDate letterDate, long coverLetterDocumentId, long sptjmDocumentId, String proposedBy, Instant proposedAt,
		List<ProposedUnit> units) {

	public Proposal {
		units = List.copyOf(units);
	}

}
