package id.zonaintegritas.pact;

import java.time.LocalDate;

import id.zonaintegritas.shared.ColumnLimit;

/**
 * One signature of the integrity pact, as entered or imported.
 *
 * @param signatoryName who signed
 * @param nip the signatory's NIP, or empty for someone outside the civil service
 * @param position the signatory's position
 * @param role in which capacity they signed
 * @param signedOn the date of signing
 */
public record PactSigningDetails(String signatoryName, String nip, String position, SigningRole role,
		LocalDate signedOn) {

	@ColumnLimit(table = "pact_signing", column = "signatory_name")
	public static final int NAME_LENGTH = 150;

	@ColumnLimit(table = "pact_signing", column = "position")
	public static final int POSITION_LENGTH = 200;

	/** As typed, with spaces or dots between the digits. */
	public static final int NIP_INPUT_LENGTH = 30;

}
