package id.zonaintegritas.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.declaration.AttachedDocument;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionChoice;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.RegionKind;
import id.zonaintegritas.institution.RegionView;
import id.zonaintegritas.institution.WorkUnitMoves;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.PublicAddress;
import id.zonaintegritas.shared.PublicDataVersion;
import id.zonaintegritas.workflow.Stage;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One read per public page, each returning everything its page shows in one view record.
 * A unit's page shows only what its declaration made public: no NIP, no e-mail, no draft,
 * no evidence.
 */
@Service
@Transactional(readOnly = true)
public class PublicPages {

	private final Directory directory;

	private final Statistics statistics;

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final DeclarationService declarations;

	private final PactService pact;

	private final DocumentService documents;

	private final PublicAddress address;

	private final PublicDataVersion version;

	private final WorkUnitMoves moves;

	private final NationalFigures nationalFigures;

	PublicPages(Directory directory, Statistics statistics, InstitutionService institutions, WorkflowService workflow,
			DeclarationService declarations, PactService pact, DocumentService documents, PublicAddress address,
			PublicDataVersion version, WorkUnitMoves moves, NationalFigures nationalFigures) {
		this.moves = moves;
		this.nationalFigures = nationalFigures;
		this.directory = directory;
		this.statistics = statistics;
		this.institutions = institutions;
		this.workflow = workflow;
		this.declarations = declarations;
		this.pact = pact;
		this.documents = documents;
		this.address = address;
		this.version = version;
	}

	/** The directory: one page of the units found, and the choices of its filters. */
	public DirectoryView directory(DirectoryFilter filter, int page) {
		List<RegionView> regions = this.institutions.listRegions();
		String province = filter.provinceCode();
		Set<Long> named = new LinkedHashSet<>();
		Page<DirectoryEntry> result = this.directory.search(filter, new PageRequest(page, Directory.PAGE_SIZE), named);
		List<InstitutionChoice> institutions = this.institutions.institutionChoices();
		InstitutionChoice chosen = institutions.stream()
			.filter((institution) -> filter.institutionId() != null && institution.id() == filter.institutionId())
			.findFirst()
			.orElse(null);
		List<InstitutionChoice> offered = (chosen != null) ? List.of()
				: institutions.stream().filter((institution) -> named.contains(institution.id())).toList();
		return new DirectoryView(filter, result,
				regions.stream().filter((region) -> region.kind() == RegionKind.PROVINSI).toList(),
				(province == null || province.isBlank()) ? List.of()
						: regions.stream().filter((region) -> region.code().startsWith(province + ".")).toList(),
				chosen, offered.stream().limit(DirectoryView.INSTITUTIONS_OFFERED).toList(), offered.size(),
				List.of(Standing.values()),
				this.version.keep("directory.declarationYears", this.directory::declarationYears),
				(filter.parentSlug() == null || filter.parentSlug().isBlank()) ? null
						: this.directory.unitLink(filter.parentSlug().strip()).orElse(null));
	}

	/** A unit's public page, or a {@link NotFoundException}. */
	public UnitPageView unit(String slug) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		DeclarationView declaration = this.declarations.latestSubmitted(unit.id()).orElse(null);
		List<UnitPageView.PublicDocument> publicDocuments = List.of();
		if (declaration != null) {
			List<AttachedDocument> published = publicDocuments(declaration);
			Map<Long, DocumentView> stored = this.documents
				.documents(published.stream().map(AttachedDocument::documentId).toList());
			publicDocuments = published.stream()
				.map((attached) -> new UnitPageView.PublicDocument(stored.get(attached.documentId()), attached.kind()))
				.toList();
		}
		DeclaredTogether together = declaredTogether(declaration, unit.id());
		return new UnitPageView(unit, this.workflow.programme(unit.id()), declaration,
				(declaration != null) ? this.declarations.replacedVersions(declaration.id()) : List.of(),
				publicDocuments,
				(declaration != null) ? this.pact.coverageOf(declaration.id(), unit.id(), unit.staffCount())
						: new PactCoverage(0, unit.staffCount()),
				this.address.of("/direktori/" + unit.slug()), this.directory.proposalsOf(unit.id()),
				this.directory.surveysOf(unit.id()),
				this.directory.unitsBelow(unit.id(), UnitPageView.UNITS_BELOW_SHOWN),
				this.directory.countUnitsBelow(unit.id()), this.moves.movesOf(unit.id()),
				this.directory.peersIn(unit.regionCode(), unit.regionName()), together.declaringUnit(),
				together.units(), this.directory.badgeOf(unit.slug()));
	}

	/**
	 * The units a declaration declared together: the one that declared, when it is not
	 * this unit, and the units that declared with it, by name.
	 */
	private DeclaredTogether declaredTogether(DeclarationView declaration, long unitId) {
		// One statement for every declaration, declared alone or not: a page costs the
		// same whatever its data.
		if (declaration == null) {
			return new DeclaredTogether(null, List.of());
		}
		List<Long> ids = new java.util.ArrayList<>(declaration.coDeclaredUnitIds());
		ids.add(declaration.workUnitId());
		UnitLink declaring = null;
		List<UnitLink> units = new java.util.ArrayList<>();
		for (WorkUnitSummary unit : this.institutions.workUnits(ids)) {
			if (unit.id() != declaration.workUnitId()) {
				units.add(new UnitLink(unit.slug(), unit.name()));
			}
			else if (unit.id() != unitId) {
				declaring = new UnitLink(unit.slug(), unit.name());
			}
		}
		return new DeclaredTogether(declaring, units);
	}

	private record DeclaredTogether(UnitLink declaringUnit, List<UnitLink> units) {
	}

	/**
	 * The file of a decree that designated a unit or revoked its predicate: public, as
	 * the decree is; a {@link NotFoundException} for any other document.
	 */
	public DocumentContent decree(String slug, long documentId) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		boolean decree = this.workflow.programme(unit.id())
			.designations()
			.stream()
			.anyMatch((designation) -> Long.valueOf(documentId).equals(designation.decreeDocumentId())
					|| Long.valueOf(documentId).equals(designation.revocationDocumentId()));
		if (!decree) {
			throw new NotFoundException("error.document.notFound", documentId);
		}
		return this.documents.content(documentId);
	}

	/**
	 * A version of a unit's declaration that an amendment replaced, beside the version in
	 * force; a {@link NotFoundException} if there is none.
	 */
	public ReplacedVersionView replacedVersion(String slug, int revision) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		DeclarationView current = this.declarations.latestSubmitted(unit.id())
			.orElseThrow(() -> new NotFoundException("error.declarationVersion.notFound", revision));
		return new ReplacedVersionView(unit, this.declarations.replacedVersion(current.id(), revision), current,
				this.address.of("/direktori/" + unit.slug() + "/pencanangan/versi/" + revision));
	}

	/**
	 * A charter or photo of a unit's public declaration; a {@link NotFoundException} for
	 * any other document.
	 */
	public DocumentContent publicDocument(String slug, long documentId) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		boolean published = this.declarations.latestSubmitted(unit.id())
			.map((declaration) -> publicDocuments(declaration).stream()
				.anyMatch((attached) -> attached.documentId() == documentId))
			.orElse(false);
		if (!published) {
			throw new NotFoundException("error.document.notFound", documentId);
		}
		return this.documents.content(documentId);
	}

	/**
	 * The counts of /statistik, counted once per version of the public data: never older
	 * than the data, on any instance.
	 */
	public StatisticsView statistics() {
		return this.version.keep("directory.statistics", this.statistics::count);
	}

	/**
	 * Each year's declarations, proposals, designations and revocations, kept per
	 * version.
	 */
	public List<YearFigures> years() {
		return this.version.keep("directory.years", this.nationalFigures::years);
	}

	/**
	 * Every institution with units and where they stand, kept per version of the data.
	 */
	public List<InstitutionFigures> institutionFigures() {
		return this.version.keep("directory.institutions", this.nationalFigures::institutions);
	}

	/**
	 * Every province of the national map with its figures, kept per version of the data.
	 */
	public List<ProvinceFigures> provinces() {
		return this.version.keep("directory.provinces", () -> this.nationalFigures.provinces(regions()));
	}

	/** The road from declaration to designation, kept per version of the data. */
	public Road road() {
		return this.version.keep("directory.road", this.nationalFigures::road);
	}

	/**
	 * Every regency and city (and each province, for its units placed at its level) with
	 * its figures, kept per version of the data.
	 */
	public List<RegionFigures> regions() {
		return this.version.keep("directory.regions", this.nationalFigures::regions);
	}

	/**
	 * Each period's proposals and outcomes, newest first, kept per version of the data.
	 */
	public List<PeriodFigures> periods() {
		return this.version.keep("directory.periods", this.nationalFigures::periods);
	}

	private static List<AttachedDocument> publicDocuments(DeclarationView declaration) {
		return declaration.documents().stream().filter((attached) -> attached.kind().isPublic()).toList();
	}

}
