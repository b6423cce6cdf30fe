package id.zonaintegritas.workflow;

import java.util.List;

import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;

/**
 * Everything a reviewer sees of a request: the request and the unit's programme, its
 * public declaration with that declaration's pact coverage, and the evidence attached.
 *
 * @param unit the unit
 * @param review the request and the programme it belongs to
 * @param declaration the unit's public declaration, or {@code null}
 * @param coverage the pact coverage of that declaration
 * @param evidence the documents attached to the request
 * @param declaringUnit the unit above it whose ceremony declared it, or {@code null} when
 * it declared itself
 */
public record ReviewView(WorkUnitSummary unit, RequestUnderReview review, DeclarationView declaration,
		PactCoverage coverage, List<DocumentView> evidence, WorkUnitSummary declaringUnit) {

	public StageRequestView request() {
		return this.review.request();
	}

}
