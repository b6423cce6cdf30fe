package id.zonaintegritas.audit;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail stays append-only even against the portal itself: the portal's own
 * database role (the one these tests connect as) may add entries, and nothing else.
 */
@PortalIntegrationTest
class AuditAppendOnlyTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePortalRunsAsItsOwnRoleNotAsTheOwnerOfTheSchema() {
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo("portal_app");
		assertThat(this.jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_entry'",
				String.class))
			.isEqualTo("portal_owner");
		assertThat(this.jdbc.queryForObject(
				"select rolsuper or rolcreaterole from pg_roles where rolname = current_user", Boolean.class))
			.isFalse();
	}

	@Test
	void thePublishedViewsAreForReadingOnly() {
		for (String attempt : new String[] { "update unit_register set name = 'x' where false",
				"delete from audit_log where false", "update institution_listing set name = 'x' where false" }) {
			assertThatThrownBy(() -> this.jdbc.execute(attempt)).as(attempt)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
		// A view of several tables cannot be written by anyone.
		assertThatThrownBy(() -> this.jdbc.execute("delete from public_declaration where false")).rootCause()
			.hasMessageContaining("not automatically updatable");
	}

	@Test
	void thePortalsRoleCannotRewriteOrSilenceTheAuditTrail() {
		this.jdbc.update("""
				insert into audit_entry (actor, actor_role, action, object_type, object_id, summary)
				values ('uji', 'SYSTEM', 'APPEND_ONLY_TEST', 'Test', '1', 'added')
				""");
		long entries = this.jdbc.queryForObject("select count(*) from audit_entry", Long.class);

		for (String attempt : new String[] { "alter table audit_entry disable trigger audit_entry_no_update_or_delete",
				"alter table audit_entry disable trigger all", "drop trigger audit_entry_no_truncate on audit_entry",
				"truncate audit_entry",
				"update audit_entry set summary = 'rewritten' where action = 'APPEND_ONLY_TEST'",
				"delete from audit_entry where action = 'APPEND_ONLY_TEST'",
				"update audit_log set summary = 'rewritten' where action = 'APPEND_ONLY_TEST'",
				"delete from audit_log where action = 'APPEND_ONLY_TEST'",
				"insert into audit_log (actor, actor_role, action, object_type, object_id, summary) "
						+ "values ('uji', 'SYSTEM', 'THROUGH_THE_VIEW', 'Test', '1', 'added')",
				"alter table audit_entry drop column summary", "drop table audit_entry",
				"create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$ begin return new; end $$",
				"set session_replication_role = replica" }) {
			assertThatThrownBy(() -> this.jdbc.execute(attempt)).as(attempt)
				.rootCause()
				.hasMessageMatching("(?s).*(permission denied|must be owner|append-only).*");
		}

		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(entries);
		assertThat(this.jdbc.queryForObject("select summary from audit_entry where action = 'APPEND_ONLY_TEST'",
				String.class))
			.isEqualTo("added");
	}

}
