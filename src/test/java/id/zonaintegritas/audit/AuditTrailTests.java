package id.zonaintegritas.audit;

import java.util.List;
import java.util.Map;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void entriesAreReadBackFromTheLogWithTheirStates() {
		String objectId = "audit-" + System.nanoTime();
		Actor reviewer = Actor.reviewer("inspektorat.audit-" + objectId);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.audit.record(AuditRecord.of(reviewer, "THING_CREATED", "Thing", objectId, null, "dibuat"));
			this.audit.record(AuditRecord.of(reviewer, "THING_CHANGED", "Thing", objectId, null, "diubah")
				.withChange(Map.of("stage", "PEMBANGUNAN"), Map.of("stage", "PENGUSULAN")));
		});

		assertThat(entries("object_type = 'Thing' and object_id = ?", objectId)).extracting(AuditEntry::action)
			.containsExactly("THING_CREATED", "THING_CHANGED");
		assertThat(entries("actor = ?", reviewer.username())).last().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("THING_CHANGED");
			assertThat(entry.actorRole()).isEqualTo(ActorRole.REVIEWER);
			assertThat(entry.beforeState()).contains("\"PEMBANGUNAN\"");
			assertThat(entry.afterState()).contains("\"PENGUSULAN\"");
		});
	}

	@Test
	void anEntryIsWrittenOnlyInsideTheTransactionOfTheChange() {
		assertThatThrownBy(() -> this.audit
			.record(AuditRecord.of(Actor.admin("admin"), "LONELY_ENTRY", "Thing", "x", null, "tanpa transaksi")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void anEntryIsRolledBackWithTheChangeItRecords() {
		String objectId = "rollback-" + System.nanoTime();

		assertThatThrownBy(() -> new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.audit.record(AuditRecord.of(Actor.admin("admin"), "THING_CREATED", "Thing", objectId, null, "x"));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(entries("object_type = 'Thing' and object_id = ?", objectId)).isEmpty();
	}

	/** Entries of the audit log, oldest first, as other modules read them. */
	private List<AuditEntry> entries(String condition, Object argument) {
		return this.jdbc.query("""
				select id, occurred_at, actor, actor_role, action, object_type, object_id, work_unit_id, summary,
				       summary_arguments, before_state::text as before_state, after_state::text as after_state
				from audit_log where %s order by occurred_at, id
				""".formatted(condition), AuditTrail::entryOf, argument);
	}

}
