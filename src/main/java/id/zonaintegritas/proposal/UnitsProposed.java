package id.zonaintegritas.proposal;

/**
 * Published in the transaction in which an instansi head proposes units: the TPN has
 * work.
 *
 * @param proposalId the proposal
 * @param institutionName the instansi
 * @param year the period
 * @param letterNumber the cover letter's number
 * @param unitCount how many units it proposes
 */
public record UnitsProposed(long proposalId, String institutionName, int year, String letterNumber, int unitCount) {
}
