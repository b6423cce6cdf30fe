package id.zonaintegritas.account;

import java.util.List;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small tables every signed-in page joins are analysed after a few changes, so that
 * the planner knows their newest rows (V45).
 */
@PortalIntegrationTest
class AccountTableStatisticsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAccountTablesAreAnalysedAfterAFewChanges() {
		List<String> tables = this.jdbc.queryForList("""
				select relname from pg_class
				where relkind = 'r' and 'autovacuum_analyze_threshold=5' = any (reloptions)
				  and 'autovacuum_analyze_scale_factor=0.02' = any (reloptions)
				order by relname
				""", String.class);

		assertThat(tables).containsExactly("account", "account_institution", "account_role", "account_work_unit");
	}

}
