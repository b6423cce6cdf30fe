package id.zonaintegritas.evaluation;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class TpiTeamServiceTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	TpiTeamService teams;

	@Autowired
	JdbcTemplate jdbc;

	long unit;

	Actor rina;

	Actor budi;

	@BeforeEach
	void unitAndReviewers() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.rina = TestData.reviewerOf(this.jdbc, "BPS");
		this.budi = TestData.reviewerOf(this.jdbc, "BPS");
	}

	@Test
	void theInspektoratPutsAnEvaluatorAndALeadOnAUnitsTeamForAPeriod() {
		TpiTeam team = this.teams.assign(this.unit, YEAR, roles(this.rina, TpiRole.EVALUATOR, this.budi, TpiRole.LEAD),
				this.rina);

		assertThat(team.complete()).isTrue();
		assertThat(team.roleOf(this.budi.username())).isEqualTo(TpiRole.LEAD);
		assertThat(team.members().get(0).role()).as("the lead first").isEqualTo(TpiRole.LEAD);
		assertThat(this.teams.teamsOf(this.rina, YEAR)).anySatisfy((listed) -> {
			assertThat(listed.unit().id()).isEqualTo(this.unit);
			assertThat(listed.namesOf("EVALUATOR")).isEqualTo("Akun Uji " + this.rina.username());
		});

		this.teams.assign(this.unit, YEAR, roles(this.budi, TpiRole.EVALUATOR, this.rina, TpiRole.LEAD), this.budi);
		assertThat(this.jdbc.queryForList(
				"select role from tpi_team_member where work_unit_id = ? and period_year = ? order by username",
				String.class, this.unit, YEAR))
			.hasSize(2)
			.containsExactlyInAnyOrder("EVALUATOR", "LEAD");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'TPI_TEAM_ASSIGNED' and work_unit_id = ?", Long.class,
				this.unit))
			.isEqualTo(2);
	}

	@Test
	void aTeamNeedsBothRolesOnlyItsInstitutionsReviewersAndNeverTheUnitsStaff() {
		Actor outsider = TestData.reviewerOf(this.jdbc, "KKP");
		Actor staffAndReviewer = TestData.reviewerOf(this.jdbc, "BPS");
		this.jdbc.update(
				"insert into account_role (account_id, role) select id, 'AGENCY_STAFF' from account where username = ?",
				staffAndReviewer.username());
		this.jdbc.update(
				"insert into account_work_unit (account_id, work_unit_id) select id, ? from account where username = ?",
				this.unit, staffAndReviewer.username());

		assertRefused(roles(this.rina, TpiRole.EVALUATOR), "tpi.team.leadMissing");
		assertRefused(roles(this.rina, TpiRole.LEAD), "tpi.team.evaluatorMissing");
		assertRefused(roles(this.rina, TpiRole.EVALUATOR, outsider, TpiRole.LEAD), "tpi.team.notAReviewer");
		assertRefused(roles(this.rina, TpiRole.EVALUATOR, staffAndReviewer, TpiRole.LEAD), "tpi.team.staffOfTheUnit");
		assertThatThrownBy(() -> this.teams.assign(this.unit, YEAR,
				roles(this.rina, TpiRole.EVALUATOR, this.budi, TpiRole.LEAD), outsider))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from tpi_team_member where work_unit_id = ?", Long.class,
				this.unit))
			.isZero();
	}

	private void assertRefused(Map<String, TpiRole> roles, String messageKey) {
		assertThatThrownBy(() -> this.teams.assign(this.unit, YEAR, roles, this.rina)).isInstanceOfSatisfying(
				TpiTeamException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
	}

	private static Map<String, TpiRole> roles(Actor first, TpiRole firstRole) {
		Map<String, TpiRole> roles = new LinkedHashMap<>();
		roles.put(first.username(), firstRole);
		return roles;
	}

	private static Map<String, TpiRole> roles(Actor first, TpiRole firstRole, Actor second, TpiRole secondRole) {
		Map<String, TpiRole> roles = roles(first, firstRole);
		roles.put(second.username(), secondRole);
		return roles;
	}

}
