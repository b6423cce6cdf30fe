package id.zonaintegritas.pact;

import java.io.InputStream;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.pact.PactRuleException.Reason;
import id.zonaintegritas.shared.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the signings of the pakta integritas and tells a unit's coverage. */
@Service
@Transactional(readOnly = true)
public class PactService {

	private final PactSigningRepository signings;

	private final DeclarationService declarations;

	private final InstitutionService institutions;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccessGuard access;

	private final JdbcTemplate jdbc;

	PactService(PactSigningRepository signings, DeclarationService declarations, InstitutionService institutions,
			AuditTrail audit, Clock clock, AccessGuard access, JdbcTemplate jdbc) {
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
	 * once.
	 */
	@Transactional
	public PactSigningView record(long declarationId, PactSigningDetails details, Actor actor) {
		DeclarationView declaration = this.declarations.declaration(declarationId);
		this.access.requireStaffOf(actor, declaration.workUnitId());
		PactSigning signing = PactSigning.of(declarationId, details, LocalDate.now(this.clock), actor.username(),
				this.clock.instant());
		String nip = PactSigning.normalisedNip(details);
		if (nip != null && this.signings.existsByDeclarationIdAndNip(declarationId, nip)) {
			throw new PactRuleException(Reason.DUPLICATE_NIP, nip);
		}
		this.signings.save(signing);
		this.audit.record(AuditRecord.of(actor, "PACT_SIGNING_RECORDED", "PactSigning", signing.getId(),
				declaration.workUnitId(), details.role() + ": " + details.signatoryName()));
		return signing.toView();
	}

	/**
	 * Imports signings from a CSV file, all or nothing: every line is checked first,
	 * against the rules, the other lines and the signings already stored; one bad line
	 * and nothing is stored, and every bad line is reported with its number and reason.
	 */
	@Transactional
	public int importCsv(long declarationId, InputStream csv, Actor actor) {
		DeclarationView declaration = this.declarations.declaration(declarationId);
		this.access.requireStaffOf(actor, declaration.workUnitId());
		LocalDate today = LocalDate.now(this.clock);
		List<SigningCsv.Line> lines = SigningCsv.read(csv);
		List<ImportProblem> problems = new ArrayList<>();
		Set<String> nips = new HashSet<>(this.signings.nipsOf(declarationId));
		for (SigningCsv.Line line : lines) {
			if (line.problem() != null) {
				problems.add(line.problem());
				continue;
			}
			try {
				PactSigning.validate(line.details(), today);
				String nip = PactSigning.normalisedNip(line.details());
				if (nip != null && !nips.add(nip)) {
					problems.add(
							new ImportProblem(line.number(), PactRuleException.Reason.DUPLICATE_NIP.messageKey(), nip));
				}
			}
			catch (PactRuleException ex) {
				problems.add(new ImportProblem(line.number(), ex.getMessageKey(), ex.getArguments()));
			}
		}
		if (lines.isEmpty()) {
			problems.add(new ImportProblem(1, "pact.import.empty"));
		}
		if (!problems.isEmpty()) {
			throw new PactImportException(problems);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.batchUpdate("""
				insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on, recorded_by,
				                          recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", lines, 1000, (statement, line) -> {
			PactSigningDetails details = line.details();
			statement.setLong(1, declarationId);
			statement.setString(2, details.signatoryName().strip());
			statement.setString(3, PactSigning.normalisedNip(details));
			statement.setString(4, details.position().strip());
			statement.setString(5, details.role().name());
			statement.setObject(6, details.signedOn());
			statement.setString(7, actor.username());
			statement.setTimestamp(8, now);
		});
		this.audit.record(AuditRecord.of(actor, "PACT_SIGNINGS_IMPORTED", "Declaration", declarationId,
				declaration.workUnitId(), lines.size() + " signing(s) imported from CSV"));
		return lines.size();
	}

	/** A page of the declaration's signings matching the search, for the unit's staff. */
	public SigningPage signingsForStaff(long declarationId, String search, int page, int size, Actor actor) {
		DeclarationView declaration = this.declarations.declaration(declarationId);
		this.access.requireStaffOf(actor, declaration.workUnitId());
		String pattern = "%" + ((search == null) ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
		int safePage = Math.max(0, page);
		List<PactSigningView> signings = this.signings
			.search(declarationId, pattern, org.springframework.data.domain.PageRequest.of(safePage, size))
			.stream()
			.map(PactSigning::toView)
			.toList();
		return new SigningPage(signings, safePage, size, this.signings.countMatching(declarationId, pattern));
	}

	/** Writes every signing of the declaration as CSV, for the unit's staff. */
	public void exportCsv(long declarationId, Writer writer, Actor actor) {
		DeclarationView declaration = this.declarations.declaration(declarationId);
		this.access.requireStaffOf(actor, declaration.workUnitId());
		SigningCsv.write(signings(declarationId), writer);
	}

	/** The empty import template, with its header. */
	public void writeTemplate(Writer writer) {
		SigningCsv.write(List.of(), writer);
	}

	public List<PactSigningView> signings(long declarationId) {
		return this.signings.findByDeclaration(declarationId).stream().map(PactSigning::toView).toList();
	}

	/** Whether the head of the unit has signed this declaration's pact. */
	public boolean headHasSigned(long declarationId) {
		return this.signings.existsByDeclarationIdAndRole(declarationId, SigningRole.PIMPINAN);
	}

	/** Staff who signed the unit's newest declaration, against the unit's staff count. */
	public PactCoverage coverage(long workUnitId) {
		int staffCount = this.institutions.workUnit(workUnitId).staffCount();
		long signed = this.declarations.newest(workUnitId)
			.map((declaration) -> this.signings.countStaffWhoSigned(declaration.id()))
			.orElse(0L);
		return new PactCoverage(signed, staffCount);
	}

}
