package id.zonaintegritas.institution;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit moves to another institution and keeps its history: every rule at once before
 * the check page, nothing changed until it is confirmed, the reviewers change with it,
 * and its public page says under which institution each event happened.
 */
@PortalIntegrationTest
class WorkUnitMoveTests {

	@Autowired
	WorkUnitMoves moves;

	@Autowired
	AccessGuard access;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void everyProblemOfAMoveIsReportedAtOnce() {
		Actor admin = TestData.admin(this.jdbc);
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		long below = TestData.newWorkUnit(this.jdbc, "BPS");
		this.jdbc.update("update work_unit set parent_id = ? where id = ?", unit, below);
		LocalDate tomorrow = LocalDate.now(ProgrammeDates.WIB).plusDays(1);

		assertThatThrownBy(() -> this.moves.check(unit, new MoveDetails("bps", tomorrow, null), admin))
			.isInstanceOfSatisfying(InstitutionRuleException.class, (ex) -> {
				BindingResult result = new MapBindingResult(new HashMap<>(), "form");
				ex.rejectOn(result);
				assertThat(result.getAllErrors().stream().map(ObjectError::getCode)).containsExactly(
						"workUnit.move.sameInstitution", "workUnit.move.hasUnitsBelow", "workUnit.move.dateInFuture");
			});
		assertThatThrownBy(() -> this.moves.check(unit, new MoveDetails("TIDAK-ADA", null, null), admin))
			.isInstanceOfSatisfying(InstitutionRuleException.class, (ex) -> assertThat(ex.getReason())
				.isEqualTo(InstitutionRuleException.Reason.MOVE_INSTITUTION_UNKNOWN));
	}

	@Test
	void theReviewersChangeWithTheUnitAndTheOldTeamLeavesThisYearsTeam() {
		Actor admin = TestData.admin(this.jdbc);
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		long version = this.jdbc.queryForObject("select version from work_unit where id = ?", Long.class, unit);
		Actor bps = TestData.reviewerOf(this.jdbc, "BPS");
		Actor bpom = TestData.reviewerOf(this.jdbc, "BPOM");
		int year = Year.now(ProgrammeDates.WIB).getValue();
		this.jdbc.update("""
				insert into tpi_team_member (work_unit_id, period_year, username, role, assigned_by, assigned_at)
				values (?, ?, ?, 'LEAD', 'uji', now())""", unit, year, bps.username());
		LocalDate today = LocalDate.now(ProgrammeDates.WIB);

		MovePreview moved = this.moves.move(unit, version, new MoveDetails("BPOM", today, "Keputusan uji"), admin);

		assertThat(moved.toInstitutionName()).isEqualTo("Badan Pengawas Obat dan Makanan");
		assertThat(this.jdbc.queryForObject(
				"select i.code from work_unit u join institution i on i.id = u.institution_id where u.id = ?",
				String.class, unit))
			.isEqualTo("BPOM");
		assertThat(this.moves.movesOf(unit)).singleElement()
			.satisfies((move) -> assertThat(move.fromInstitutionName()).isEqualTo("Badan Pusat Statistik"));
		assertThatThrownBy(() -> this.access.requireReviewerOf(bps, unit)).isInstanceOf(ForbiddenException.class);
		this.access.requireReviewerOf(bpom, unit);
		assertThat(this.jdbc.queryForObject("select count(*) from tpi_team_member where work_unit_id = ?",
				Integer.class, unit))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'WORK_UNIT_MOVED' and object_id = ?", Integer.class,
				String.valueOf(unit)))
			.isEqualTo(1);
		assertThatThrownBy(() -> this.moves.move(unit, version, new MoveDetails("BPS", today, null), admin))
			.as("a second move of the same day comes after the first only by a later date")
			.isInstanceOf(InstitutionRuleException.class);
	}

	@Test
	void theAdministratorChecksTheMoveBeforeItIsRecorded() throws Exception {
		Cookie admin = Sessions.logIn(this.mvc, "admin");
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		long version = this.jdbc.queryForObject("select version from work_unit where id = ?", Long.class, unit);
		String today = LocalDate.now(ProgrammeDates.WIB).toString();

		String refused = this.mvc
			.perform(post("/admin/unit-kerja/" + unit + "/pindah").with(csrf())
				.cookie(admin)
				.param("version", String.valueOf(version))
				.param("institutionCode", "BPS")
				.param("movedOn", "")
				.param("legalBasis", "Perpres uji"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(refused);
		assertThat(refused).contains("Unit ini sudah berada di bawah Badan Pusat Statistik.",
				"Sejak tanggal: Wajib diisi", "value=\"Perpres uji\"");

		String check = this.mvc
			.perform(post("/admin/unit-kerja/" + unit + "/pindah").with(csrf())
				.cookie(admin)
				.param("version", String.valueOf(version))
				.param("institutionCode", "bpom")
				.param("movedOn", today)
				.param("legalBasis", "Perpres uji"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(check);
		assertThat(check).contains("Periksa perpindahan sebelum dicatat", "Badan Pengawas Obat dan Makanan",
				"name=\"konfirmasi\"");
		assertThat(this.moves.movesOf(unit)).as("nothing before it is confirmed").isEmpty();

		this.mvc
			.perform(post("/admin/unit-kerja/" + unit + "/pindah").with(csrf())
				.cookie(admin)
				.param("konfirmasi", "1")
				.param("version", String.valueOf(version))
				.param("institutionCode", "bpom")
				.param("movedOn", today)
				.param("legalBasis", "Perpres uji"))
			.andExpect(redirectedUrl("/admin/unit-kerja/" + unit));
		assertThat(this.moves.movesOf(unit)).hasSize(1);
	}

	@Test
	void theDemoStationSaysUnderWhichInstitutionEachEventHappened() throws Exception {
		String page = this.mvc.perform(get("/direktori/stasiun-kipm-tanjungbalai-asahan"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertValidHtml(page);
		assertThat(page).contains("<dd>Badan Karantina Indonesia</dd>",
				"Pindah dari Kementerian Kelautan dan Perikanan ke Badan Karantina Indonesia",
				"(di bawah Kementerian Kelautan dan Perikanan)");
		int moved = page.indexOf("Pindah dari Kementerian Kelautan");
		assertThat(page.indexOf("(di bawah Kementerian Kelautan dan Perikanan)")).as("the 2021 declaration came first")
			.isLessThan(moved);
	}

}
