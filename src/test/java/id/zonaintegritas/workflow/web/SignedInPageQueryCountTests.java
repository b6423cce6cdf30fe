package id.zonaintegritas.workflow.web;

import java.util.List;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StatementCounting;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The staff dashboard sends the same statements however many signings its unit has, reads
 * its programme and its unit once, and no more of a declaration than the pact coverage
 * needs.
 */
@PortalIntegrationTest
class SignedInPageQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStaffDashboardSendsAConstantNumberOfStatements() throws Exception {
		Cookie staff = Sessions.logIn(this.mvc, "staf.bps-kab-serang");
		this.mvc.perform(get("/staf").cookie(staff));
		List<String> before = statementsOf(staff);

		int added = this.jdbc.update("""
				insert into pact_signing (declaration_id, signatory_name, position, role, signed_on, recorded_by)
				select d.id, 'Pegawai uji ' || k, 'Analis', 'PEGAWAI', d.declared_on, 'uji'
				from declaration d join work_unit u on u.id = d.work_unit_id cross join generate_series(1, 200) k
				where u.slug = 'bps-kabupaten-serang' and d.status = 'SUBMITTED'""");
		List<String> after = statementsOf(staff);

		assertThat(added).isEqualTo(200);
		assertThat(after).hasSameSizeAs(before);
		assertThat(after).as("the programme and the unit are read once each")
			.filteredOn((sql) -> sql.contains("from zi_programme") || sql.contains("from unit_listing"))
			.hasSize(2);
		assertThat(after).as("the coverage counts signings of the newest declaration by its id")
			.noneMatch((sql) -> sql.contains("from witness") || sql.contains("from declaration_press_link"));
	}

	private List<String> statementsOf(Cookie session) throws Exception {
		StatementCounting.reset();
		assertThat(this.mvc.perform(get("/staf").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		return StatementCounting.sql();
	}

}
