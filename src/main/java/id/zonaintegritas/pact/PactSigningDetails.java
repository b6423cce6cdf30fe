package id.zonaintegritas.pact;

import java.time.LocalDate;

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
}
