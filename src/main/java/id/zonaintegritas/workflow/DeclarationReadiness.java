package id.zonaintegritas.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * What the first request (pencanangan to pembangunan) needs from the declaration module
 * and the pact module.
 *
 * @param declarationId the unit's latest submitted declaration, or {@code null} if none
 * @param witnesses how many witnesses it has
 * @param headHasSigned whether the head of the unit signed its pact
 */
record DeclarationReadiness(Long declarationId, int witnesses, boolean headHasSigned) {

	static final DeclarationReadiness NONE = new DeclarationReadiness(null, 0, false);

	/**
	 * What the declaration still lacks for the first request, in the order it is refused.
	 */
	List<WorkflowRuleException.Reason> missing() {
		List<WorkflowRuleException.Reason> missing = new ArrayList<>();
		if (this.declarationId == null) {
			missing.add(WorkflowRuleException.Reason.NO_SUBMITTED_DECLARATION);
		}
		if (this.witnesses == 0) {
			missing.add(WorkflowRuleException.Reason.NO_WITNESS);
		}
		if (!this.headHasSigned) {
			missing.add(WorkflowRuleException.Reason.HEAD_HAS_NOT_SIGNED);
		}
		return missing;
	}

}
