package id.zonaintegritas.pact;

import java.time.LocalDate;

/**
 * A recorded signature.
 *
 * @param id the signing's id
 * @param declarationId the declaration it belongs to
 * @param workUnitId the unit whose staff signed: the declaring unit or one that declared
 * with it
 * @param signatoryName who signed
 * @param nip the NIP, or {@code null}
 * @param position the signatory's position
 * @param role in which capacity
 * @param signedOn when
 */
public record PactSigningView(long id, long declarationId, long workUnitId, String signatoryName, String nip,
		String position, SigningRole role, LocalDate signedOn) {
}
