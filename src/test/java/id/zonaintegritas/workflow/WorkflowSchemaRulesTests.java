package id.zonaintegritas.workflow;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database refuses illegal workflow rows, whoever writes them. */
@PortalIntegrationTest
class WorkflowSchemaRulesTests {

	static final String REQUEST = """
			insert into stage_request (programme_id, from_stage, to_stage, target_predicate, status, requested_by,
			                           requested_at)
			values (?, ?, ?, ?, ?, 'staf.uji', now()) returning id
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FlywayConnectionDetails ownerConnection;

	long programme;

	@BeforeEach
	void newProgramme() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.programme = this.jdbc.queryForObject(
				"insert into zi_programme (work_unit_id, stage) values (?, 'PEMBANGUNAN') returning id", Long.class,
				unit);
	}

	@Test
	void theProgrammeStandingViewKnowsTheStagesAsTheDomainDoes() {
		long notStarted = TestData.newWorkUnit(this.jdbc, "BPS");
		assertThat(this.jdbc.queryForObject(
				"select stage || ' ' || stage_order || ' ' || target_predicate from programme_standing where work_unit_id = ?",
				String.class, notStarted))
			.as("a unit that has not moved, as ProgrammeView.notStarted has it")
			.isEqualTo(Stage.PENCANANGAN + " 1 WBK");
		for (Stage stage : Stage.values()) {
			long unit = TestData.newWorkUnit(this.jdbc, "BPS");
			this.jdbc.update("insert into zi_programme (work_unit_id, stage) values (?, ?)", unit, stage.name());
			assertThat(this.jdbc.queryForObject("select stage_order from programme_standing where work_unit_id = ?",
					Integer.class, unit))
				.as(stage + " in the order of Stage")
				.isEqualTo(stage.ordinal() + 1);
		}
	}

	@Test
	void atMostOneOpenRequestPerProgramme() {
		request("PEMBANGUNAN", "PENGUSULAN", "WBK", "SUBMITTED");

		assertThatThrownBy(() -> request("PEMBANGUNAN", "PENGUSULAN", "WBK", "RETURNED"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("stage_request_one_open_per_programme");
	}

	@Test
	void theDatabaseRefusesADecisionByTheFilerOrAResubmitter() {
		long request = request("PEMBANGUNAN", "PENGUSULAN", "WBK", "SUBMITTED");
		this.jdbc.update("insert into stage_request_resubmission values (?, 'staf.kedua', now())", request);
		String decide = "insert into stage_request_decision (request_id, outcome, reviewer, decided_at) "
				+ "values (?, 'APPROVED', ?, now())";

		assertThatThrownBy(() -> this.jdbc.update(decide, request, "staf.uji"))
			.hasMessageContaining("stage_request_decision_not_by_submitter");
		assertThatThrownBy(() -> this.jdbc.update(decide, request, "staf.kedua"))
			.hasMessageContaining("stage_request_decision_not_by_submitter");
		assertThat(this.jdbc.update(decide, request, "inspektorat.uji")).isOne();
	}

	@Test
	void requestsGoOneStepForward() {
		assertThatThrownBy(() -> request("PEMBANGUNAN", "PENETAPAN", "WBK", "SUBMITTED"))
			.hasMessageContaining("stage_request_one_step_forward");
		assertThatThrownBy(() -> request("PENILAIAN", "PEMBANGUNAN", "WBK", "SUBMITTED"))
			.hasMessageContaining("stage_request_one_step_forward");
		assertThatThrownBy(() -> request("PENETAPAN", "PEMBANGUNAN", "WBK", "SUBMITTED"))
			.as("a new cycle from penetapan aims at WBBM")
			.hasMessageContaining("stage_request_one_step_forward");
	}

	@Test
	void aDecisionOtherThanApprovalNeedsAReasonAndARequestIsFinallyDecidedOnce() {
		long request = request("PEMBANGUNAN", "PENGUSULAN", "WBK", "SUBMITTED");
		String decide = "insert into stage_request_decision (request_id, outcome, reviewer, reason, decided_at) "
				+ "values (?, ?, 'inspektorat.uji', ?, now())";

		assertThatThrownBy(() -> this.jdbc.update(decide, request, "REJECTED", " "))
			.hasMessageContaining("stage_request_decision_reason_required");
		this.jdbc.update(decide, request, "APPROVED", null);
		assertThatThrownBy(() -> this.jdbc.update(decide, request, "REJECTED", "Terlambat"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("stage_request_decision_final_once");
	}

	@Test
	void wbbmIsPursuedOnlyWithWbkHeld() {
		assertThatThrownBy(() -> this.jdbc.update("update zi_programme set target_predicate = 'WBBM' where id = ?",
				this.programme))
			.hasMessageContaining("zi_programme_wbbm_needs_wbk");
	}

	@Test
	void aRevocationCarriesItsReasonAndDecree() {
		long designation = this.jdbc.queryForObject("""
				insert into designation (programme_id, predicate, decree_number, decree_date, recorded_by, recorded_at)
				values (?, 'WBK', 'SK 1', current_date, 'inspektorat.uji', now()) returning id
				""", Long.class, this.programme);

		assertThatThrownBy(() -> this.jdbc.update(
				"update designation set revoked_at = now(), revoked_by = 'x', revocation_reason = 'alasan' where id = ?",
				designation))
			.hasMessageContaining("designation_revocation_complete");
	}

	@Test
	void theAuditTrailIsAppendOnlyEvenForTheOwnerOfTheSchema() {
		// The portal's own role may not even try (AuditAppendOnlyTests); the owner, who
		// may,
		// is stopped by the triggers.
		JdbcTemplate owner = new JdbcTemplate(
				new SimpleDriverDataSource(new org.postgresql.Driver(), this.ownerConnection.getJdbcUrl(),
						this.ownerConnection.getUsername(), this.ownerConnection.getPassword()));
		owner.update("""
				insert into audit_entry (actor, actor_role, action, object_type, object_id, summary)
				values ('staf.uji', 'AGENCY_STAFF', 'TEST_ENTRY', 'Test', ?, 'dibuat')
				""", String.valueOf(this.programme));

		assertThatThrownBy(() -> owner.update("update audit_entry set summary = 'diubah' where object_id = ?",
				String.valueOf(this.programme)))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> owner.update("delete from audit_entry where object_id = ?", String.valueOf(this.programme)))
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.update("truncate audit_entry")).rootCause().hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject(
				"select summary from audit_entry where object_id = ? and action = 'TEST_ENTRY'", String.class,
				String.valueOf(this.programme)))
			.isEqualTo("dibuat");
	}

	@Test
	void pactSigningsAndDocumentsAreCheckedToo() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		long declaration = this.jdbc.queryForObject(
				"insert into declaration (work_unit_id, created_by) values (?, 'staf.uji') returning id", Long.class,
				unit);
		String sign = "insert into pact_signing (declaration_id, signatory_name, nip, position, role, signed_on, "
				+ "recorded_by) values (?, 'Budi', ?, 'Analis', 'PEGAWAI', current_date, 'staf.uji')";

		assertThatThrownBy(() -> this.jdbc.update(sign, declaration, "12345"))
			.hasMessageContaining("pact_signing_nip_format");
		this.jdbc.update(sign, declaration, "198503152010012001");
		assertThatThrownBy(() -> this.jdbc.update(sign, declaration, "198503152010012001"))
			.hasMessageContaining("pact_signing_nip_unique");
		assertThatThrownBy(() -> this.jdbc
			.update("update declaration set status = 'SUBMITTED', submitted_at = now() where id = ?", declaration))
			.as("a submitted declaration says when, where and who")
			.hasMessageContaining("declaration_submitted_complete");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into document_content (sha256, media_type, size_bytes, content)
				values (repeat('a', 64), 'text/html', 3, '\\x3c623e'::bytea)
				""")).hasMessageContaining("document_content_media_type_check");
	}

	private long request(String from, String to, String target, String status) {
		return this.jdbc.queryForObject(REQUEST, Long.class, this.programme, from, to, target, status);
	}

}
