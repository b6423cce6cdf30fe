package id.zonaintegritas.pact;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.pact.PactRuleException.Reason;
import id.zonaintegritas.pact.PactRuleException.Violation;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ImportProblem;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.SerialWork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the signings of the pakta integritas and tells a unit's coverage. */
@Service
@Transactional(readOnly = true)
public class PactService {

	static final int PROBLEMS_LISTED = 100;

	private final PactSigningRepository signings;

	private final DeclarationService declarations;

	private final InstitutionService institutions;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccessGuard access;

	private final JdbcTemplate jdbc;

	private final SerialWork serial;

	PactService(PactSigningRepository signings, DeclarationService declarations, InstitutionService institutions,
			AuditTrail audit, Clock clock, AccessGuard access, JdbcTemplate jdbc, SerialWork serial) {
		this.serial = serial;
		this.jdbc = jdbc;
		this.access = access;
		this.signings = signings;
		this.declarations = declarations;
		this.institutions = institutions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records one signing of the declaration's pact; the same NIP signs a declaration
	 * once. Signings of one declaration are recorded one at a time, so that the same NIP
	 * sent twice at once is refused as a duplicate like the second of two in a row.
	 */
	@Transactional
	public PactSigningView record(long declarationId, long workUnitId, PactSigningDetails details, Actor actor) {
		declarationOf(declarationId, workUnitId, actor);
		this.serial.claim(SerialWork.Subject.PACT_SIGNINGS, declarationId);
		List<Violation> violations = violations(declarationId, workUnitId, details, actor);
		if (!violations.isEmpty()) {
			throw new PactRuleException(violations);
		}
		long id = insert(declarationId, workUnitId, List.of(details), actor).get(0);
		this.audit.record(AuditRecord.of(actor, "PACT_SIGNING_RECORDED", "PactSigning", id, workUnitId,
				details.role() + ": " + details.signatoryName()));
		return this.signings.findById(id).map(PactSigning::toView).orElseThrow();
	}

	/** One signing of the unit, for its staff (to correct or remove it). */
	@Transactional(readOnly = true)
	public PactSigningView signingForStaff(long workUnitId, long signingId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		PactSigningView signing = signing(signingId);
		if (signing.workUnitId() != workUnitId) {
			throw new NotFoundException("error.pactSigning.notFound", signingId);
		}
		return signing;
	}

	/**
	 * Corrects a signing recorded wrongly (a name, a NIP, a date), against the same rules
	 * as recording it; the trail keeps what it said before.
	 */
	@Transactional
	public PactSigningView correct(long workUnitId, long signingId, PactSigningDetails details, Actor actor) {
		PactSigningView before = signingForStaff(workUnitId, signingId, actor);
		this.serial.claim(SerialWork.Subject.PACT_SIGNINGS, before.declarationId());
		List<Violation> violations = new ArrayList<>(PactSigning.violations(details, LocalDate.now(this.clock)));
		String nip = PactSigning.normalisedNip(details);
		if (nip != null && Nip.isValid(nip) && !nip.equals(before.nip())
				&& this.signings.existsByDeclarationIdAndNip(before.declarationId(), nip)) {
			violations.add(new Violation(Reason.DUPLICATE_NIP, nip));
		}
		if (!violations.isEmpty()) {
			throw new PactRuleException(violations);
		}
		this.jdbc.update("""
				update pact_signing set signatory_name = ?, nip = ?, position = ?, role = ?, signed_on = ?
				where id = ?
				""", details.signatoryName().strip(), nip, details.position().strip(), details.role().name(),
				details.signedOn(), signingId);
		// Read from what was written: the entity loaded above is the one from before.
		PactSigningView after = new PactSigningView(signingId, before.declarationId(), before.workUnitId(),
				details.signatoryName().strip(), nip, details.position().strip(), details.role(), details.signedOn());
		this.audit.record(
				AuditRecord
					.of(actor, "PACT_SIGNING_CORRECTED", "PactSigning", signingId, after.workUnitId(),
							after.role() + ": " + after.signatoryName())
					.withChange(state(before), state(after)));
		return after;
	}

	/** Removes a signing recorded by mistake; the trail keeps what it said. */
	@Transactional
	public void remove(long workUnitId, long signingId, Actor actor) {
		PactSigningView before = signingForStaff(workUnitId, signingId, actor);
		this.serial.claim(SerialWork.Subject.PACT_SIGNINGS, before.declarationId());
		this.jdbc.update("delete from pact_signing where id = ?", signingId);
		this.audit.record(
				AuditRecord
					.of(actor, "PACT_SIGNING_REMOVED", "PactSigning", signingId, before.workUnitId(),
							before.role() + ": " + before.signatoryName())
					.withChange(state(before), null));
	}

	private PactSigningView signing(long signingId) {
		return this.signings.findById(signingId)
			.map(PactSigning::toView)
			.orElseThrow(() -> new NotFoundException("error.pactSigning.notFound", signingId));
	}

	/**
	 * The declaration the unit's staff sign under, for them: refused when it did not
	 * declare the unit.
	 */
	private DeclarationView declarationOf(long declarationId, long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		DeclarationView declaration = this.declarations.declaration(declarationId);
		if (!declaration.declared(workUnitId)) {
			throw new NotFoundException("error.declaration.notFound", declarationId);
		}
		return declaration;
	}

	private static Map<String, Object> state(PactSigningView signing) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("signatoryName", signing.signatoryName());
		state.put("nip", signing.nip());
		state.put("position", signing.position());
		state.put("role", signing.role());
		state.put("signedOn", signing.signedOn());
		return state;
	}

	/**
	 * Every rule the signing would break if it were recorded now, for a form that shows
	 * all problems at once.
	 */
	public List<Violation> violations(long declarationId, long workUnitId, PactSigningDetails details, Actor actor) {
		declarationOf(declarationId, workUnitId, actor);
		List<Violation> violations = new ArrayList<>(PactSigning.violations(details, LocalDate.now(this.clock)));
		String nip = PactSigning.normalisedNip(details);
		if (nip != null && Nip.isValid(nip) && this.signings.existsByDeclarationIdAndNip(declarationId, nip)) {
			violations.add(new Violation(Reason.DUPLICATE_NIP, nip));
		}
		return violations;
	}

	/**
	 * Imports signings from a CSV file, all or nothing: every row is checked first,
	 * against the rules, the other rows and the signings already stored; one bad row and
	 * nothing is stored, and every problem of every bad row is reported with its line
	 * (the first {@value #PROBLEMS_LISTED}, and how many there are in all).
	 */
	@Transactional
	public PactImport importCsv(long declarationId, long workUnitId, byte[] csv, Actor actor) {
		declarationOf(declarationId, workUnitId, actor);
		this.serial.claim(SerialWork.Subject.PACT_SIGNINGS, declarationId);
		LocalDate today = LocalDate.now(this.clock);
		SigningCsv.Parsed parsed = SigningCsv.read(csv);
		List<ImportProblem> problems = new ArrayList<>(parsed.fileProblems());
		Set<String> nips = new HashSet<>(this.signings.nipsOf(declarationId));
		for (SigningCsv.Row row : parsed.rows()) {
			problems.addAll(row.problems());
			if (row.details() == null) {
				continue;
			}
			for (Violation violation : PactSigning.violations(row.details(), today)) {
				boolean alreadyReported = (violation.reason() == Reason.MISSING_ROLE && row.unreadableRole() != null)
						|| (violation.reason() == Reason.MISSING_DATE && row.unreadableDate() != null);
				if (violation.reason() == Reason.MISSING_ROLE && row.unreadableRole() != null) {
					problems.add(row.unreadableRole());
				}
				else if (violation.reason() == Reason.MISSING_DATE && row.unreadableDate() != null) {
					problems.add(row.unreadableDate());
				}
				else if (!alreadyReported) {
					problems.add(new ImportProblem(row.line(), violation.reason().messageKey(), violation.arguments()));
				}
			}
			String nip = PactSigning.normalisedNip(row.details());
			if (nip != null && Nip.isValid(nip) && !nips.add(nip)) {
				problems.add(new ImportProblem(row.line(), Reason.DUPLICATE_NIP.messageKey(), nip));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingLong(ImportProblem::line));
			throw new PactImportException(problems.subList(0, Math.min(PROBLEMS_LISTED, problems.size())),
					problems.size(), parsed.encoding());
		}
		List<PactSigningDetails> signings = parsed.rows().stream().map(SigningCsv.Row::details).toList();
		insert(declarationId, workUnitId, signings, actor);
		this.audit.record(AuditRecord.of(actor, "PACT_SIGNINGS_IMPORTED", "Declaration", declarationId, workUnitId,
				signings.size() + " signing(s) imported from CSV (" + parsed.encoding() + ")"));
		return new PactImport(signings.size(), parsed.encoding());
	}

	/** The one way signings are written, one or twenty thousand: a batch insert. */
	private List<Long> insert(long declarationId, long workUnitId, List<PactSigningDetails> signings, Actor actor) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Long> ids = new ArrayList<>(signings.size());
		this.jdbc.execute((Connection connection) -> {
			try (PreparedStatement statement = connection.prepareStatement("""
					insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on,
					                          recorded_by, recorded_at, work_unit_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", new String[] { "id" })) {
				int batched = 0;
				for (PactSigningDetails details : signings) {
					statement.setLong(1, declarationId);
					statement.setString(2, details.signatoryName().strip());
					statement.setString(3, PactSigning.normalisedNip(details));
					statement.setString(4, details.position().strip());
					statement.setString(5, details.role().name());
					statement.setObject(6, details.signedOn());
					statement.setString(7, actor.username());
					statement.setTimestamp(8, now);
					statement.setLong(9, workUnitId);
					statement.addBatch();
					if (++batched % 1000 == 0) {
						collectIds(statement, ids);
					}
				}
				collectIds(statement, ids);
			}
			return null;
		});
		return ids;
	}

	private static void collectIds(PreparedStatement statement, List<Long> ids) throws SQLException {
		statement.executeBatch();
		try (ResultSet keys = statement.getGeneratedKeys()) {
			while (keys.next()) {
				ids.add(keys.getLong(1));
			}
		}
	}

	/**
	 * What a unit's signing list shows, read at once: the declaration its staff sign
	 * under (none before the unit declares), the page of its signings that the search
	 * finds, and the unit's coverage under that declaration.
	 */
	public Optional<SigningList> signingList(long workUnitId, int staffCount, String search, PageRequest page,
			Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return this.declarations.newest(workUnitId)
			.map((declaration) -> new SigningList(declaration, signings(declaration.id(), workUnitId, search, page),
					coverageOf(declaration.id(), workUnitId, staffCount)));
	}

	/**
	 * A unit's signing list.
	 *
	 * @param declaration the declaration the unit's staff sign under
	 * @param signings the page of signings found
	 * @param coverage the unit's staff who signed under it, against its staff count
	 */
	public record SigningList(DeclarationView declaration, Page<PactSigningView> signings, PactCoverage coverage) {
	}

	private Page<PactSigningView> signings(long declarationId, long workUnitId, String search, PageRequest page) {
		String words = (search == null) ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
		String pattern = "%" + words + "%";
		// Without a search, the list is read in the order of its index, not filtered and
		// sorted whole: a unit may have thousands of signings.
		long total = words.isEmpty() ? this.signings.countByDeclarationIdAndWorkUnitId(declarationId, workUnitId)
				: this.signings.countMatching(declarationId, workUnitId, pattern);
		page.requireWithin(total);
		var slice = org.springframework.data.domain.PageRequest.of(page.number() - 1, page.size());
		List<PactSigning> found = words.isEmpty() ? this.signings.listed(declarationId, workUnitId, slice)
				: this.signings.search(declarationId, workUnitId, pattern, slice);
		return Page.of(page, found.stream().map(PactSigning::toView).toList(), total);
	}

	/** Writes every signing of the unit under the declaration as CSV, for its staff. */
	public void exportCsv(long declarationId, long workUnitId, Writer writer, Actor actor) {
		declarationOf(declarationId, workUnitId, actor);
		SigningCsv.write(signings(declarationId, workUnitId), writer);
	}

	/** The empty import template, with its header. */
	public void writeTemplate(Writer writer) {
		SigningCsv.write(List.of(), writer);
	}

	/** The unit's signings under the declaration, in the order they were signed. */
	public List<PactSigningView> signings(long declarationId, long workUnitId) {
		return this.signings.findByDeclaration(declarationId, workUnitId).stream().map(PactSigning::toView).toList();
	}

	/** Whether the head of the unit has signed the pact under this declaration. */
	public boolean headHasSigned(long declarationId, long workUnitId) {
		return this.signings.existsByDeclarationIdAndWorkUnitIdAndRole(declarationId, workUnitId, SigningRole.PIMPINAN);
	}

	/**
	 * The unit's staff who signed the pact under this declaration, against its staff
	 * count: the coverage of the declaration a page shows.
	 */
	public PactCoverage coverageOf(long declarationId, long workUnitId, int staffCount) {
		return new PactCoverage(this.signings.countStaffWhoSigned(declarationId, workUnitId), staffCount);
	}

	/**
	 * The unit's staff who signed under its newest declaration (its own, or the one it
	 * declared with), against its staff count.
	 */
	public PactCoverage coverage(long workUnitId) {
		return coverage(workUnitId, this.institutions.workUnit(workUnitId).staffCount());
	}

	/** The same, for a unit whose staff count the caller has read already. */
	public PactCoverage coverage(long workUnitId, int staffCount) {
		long signed = this.declarations.newestId(workUnitId)
			.map((declarationId) -> this.signings.countStaffWhoSigned(declarationId, workUnitId))
			.orElse(0L);
		return new PactCoverage(signed, staffCount);
	}

}
