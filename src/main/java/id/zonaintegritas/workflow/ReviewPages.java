package id.zonaintegritas.workflow;

import java.util.Comparator;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's pages beyond the queue, each read in one call: a request under review,
 * and a unit's programme.
 */
@Service
@Transactional(readOnly = true)
public class ReviewPages {

	private final WorkflowService workflow;

	private final InstitutionService institutions;

	private final DeclarationService declarations;

	private final PactService pact;

	private final DocumentService documents;

	private final AccessGuard access;

	ReviewPages(WorkflowService workflow, InstitutionService institutions, DeclarationService declarations,
			PactService pact, DocumentService documents, AccessGuard access) {
		this.workflow = workflow;
		this.institutions = institutions;
		this.declarations = declarations;
		this.pact = pact;
		this.documents = documents;
		this.access = access;
	}

	/** A request for a reviewer of the unit's institution. */
	public ReviewView review(long requestId, Actor reviewer) {
		RequestUnderReview review = this.workflow.requestForReview(requestId, reviewer);
		WorkUnitSummary unit = this.institutions.workUnit(review.workUnitId());
		DeclarationView declaration = this.declarations.latestSubmitted(unit.id()).orElse(null);
		return new ReviewView(unit, review, declaration,
				(declaration != null) ? this.pact.coverageOf(declaration.id(), unit.id(), unit.staffCount())
						: new PactCoverage(0, unit.staffCount()),
				this.documents.documents(review.request().evidenceDocumentIds())
					.values()
					.stream()
					.sorted(Comparator.comparing(DocumentView::uploadedAt).thenComparing(DocumentView::id))
					.toList(),
				(declaration != null && declaration.declaredWith(unit.id()))
						? this.institutions.workUnit(declaration.workUnitId()) : null);
	}

	/** A unit's programme, for a reviewer of its institution. */
	public ReviewUnitView unit(long unitId, Actor reviewer) {
		this.access.requireReviewerOf(reviewer, unitId);
		return new ReviewUnitView(this.institutions.workUnit(unitId), this.workflow.programme(unitId));
	}

}
