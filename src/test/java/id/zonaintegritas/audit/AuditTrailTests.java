package id.zonaintegritas.audit;

import java.util.Map;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Test
	void entriesAreReadBackPerObjectAndPerUserWithTheirStates() {
		String objectId = "audit-" + System.nanoTime();
		Actor reviewer = Actor.reviewer("inspektorat.audit-" + objectId);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.audit.record(AuditRecord.of(reviewer, "THING_CREATED", "Thing", objectId, null, "dibuat"));
			this.audit.record(AuditRecord.of(reviewer, "THING_CHANGED", "Thing", objectId, null, "diubah")
				.withChange(Map.of("stage", "PEMBANGUNAN"), Map.of("stage", "PENGUSULAN")));
		});

		assertThat(this.audit.forObject("Thing", objectId)).extracting(AuditEntry::action)
			.containsExactly("THING_CREATED", "THING_CHANGED");
		assertThat(this.audit.byActor(reviewer.username(), 10)).first().satisfies((entry) -> {
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

		assertThat(this.audit.forObject("Thing", objectId)).isEmpty();
	}

}
