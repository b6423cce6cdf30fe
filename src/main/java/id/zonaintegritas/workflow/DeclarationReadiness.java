package id.zonaintegritas.workflow;

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

	void check() {
		if (this.declarationId == null) {
			throw new WorkflowRuleException(WorkflowRuleException.Reason.NO_SUBMITTED_DECLARATION);
		}
		if (this.witnesses == 0) {
			throw new WorkflowRuleException(WorkflowRuleException.Reason.NO_WITNESS);
		}
		if (!this.headHasSigned) {
			throw new WorkflowRuleException(WorkflowRuleException.Reason.HEAD_HAS_NOT_SIGNED);
		}
	}

}
