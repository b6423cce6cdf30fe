package id.zonaintegritas.directory;

import java.util.List;

import id.zonaintegritas.declaration.DeclarationVersion;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;
import id.zonaintegritas.workflow.ProgrammeView;

/**
 * Everything a unit's public page shows, read once: only what a declaration made public
 * (no NIP, no e-mail, no draft, no evidence).
 *
 * @param unit the unit
 * @param programme where its programme stands and how it got there
 * @param declaration its public declaration, or {@code null} if it has not declared
 * @param replacedVersions the versions amendments replaced, oldest first
 * @param publicDocuments the declaration's charter and photos
 * @param coverage the pact coverage of that same declaration
 * @param canonicalUrl the page's public address
 * @param proposals its proposals to KemenPAN-RB and the TPN's outcomes, newest first
 */
public record UnitPageView(WorkUnitSummary unit, ProgrammeView programme, DeclarationView declaration,
		List<DeclarationVersion> replacedVersions, List<PublicDocument> publicDocuments, PactCoverage coverage,
		String canonicalUrl, List<ProposalOutcome> proposals) {

	/**
	 * A public document and what it is.
	 *
	 * @param document the stored document
	 * @param kind the charter or a photo
	 */
	public record PublicDocument(DocumentView document, DocumentKind kind) {
	}

}
