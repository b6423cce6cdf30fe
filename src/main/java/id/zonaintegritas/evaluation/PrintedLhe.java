package id.zonaintegritas.evaluation;

import java.util.List;

import id.zonaintegritas.assessment.LkeQuestion;

/**
 * What the printed LHE holds: the approved LHE, the team that evaluated, and the
 * questions whose unit answer the TPI did not accept, with its notes.
 *
 * @param lhe the approved LHE
 * @param team the unit's TPI team in the period
 * @param findings the TPI's findings, in the instrument's order
 */
public record PrintedLhe(ApprovedLhe lhe, TpiTeam team, List<Finding> findings) {

	public PrintedLhe {
		findings = List.copyOf(findings);
	}

	/** The names of the team's leads, who sign the LHE, or who approved it. */
	public String signatory() {
		String leads = this.team.namesOf(TpiRole.LEAD.name());
		return leads.isEmpty() ? this.lhe.approvedBy() : leads;
	}

	/**
	 * A question whose unit answer the TPI did not accept.
	 *
	 * @param question the question
	 * @param note the TPI's note, or {@code null}
	 */
	public record Finding(LkeQuestion question, String note) {
	}

}
