package id.zonaintegritas.institution;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit under another: set by an administrator within one instansi, never under its own
 * descendant, shown on both units' public pages, searchable in the directory at any depth
 * and in the open data.
 */
@PortalIntegrationTest
class UnitHierarchyTests {

	@Autowired
	InstitutionAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	Actor admin;

	@BeforeEach
	void newAdministrator() {
		this.admin = TestData.admin(this.jdbc);
	}

	@Test
	void aUnitSitsUnderAnotherOfItsInstitutionAndBothPagesSaySo() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		WorkUnitSummary province = this.administration.createWorkUnit(
				new WorkUnitDetails(bps, "BPS Provinsi Uji " + suffix, null, "16", null, 140, null), this.admin);
		WorkUnitSummary city = this.administration.createWorkUnit(
				new WorkUnitDetails(bps, "BPS Kota Uji " + suffix, null, "16.71", null, 40, province.slug()),
				this.admin);
		WorkUnitSummary district = this.administration.createWorkUnit(
				new WorkUnitDetails(bps, "BPS Kecamatan Uji " + suffix, null, "16.71", null, 5, city.slug()),
				this.admin);

		assertThat(city.parentSlug()).isEqualTo(province.slug());
		this.mvc.perform(get("/direktori/" + city.slug()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<a href=\"/direktori/" + province.slug() + "\">" + province.name() + "</a>")));
		this.mvc.perform(get("/direktori/" + province.slug()))
			.andExpect(content().string(containsString(city.name())))
			.andExpect(content().string(containsString("Semua 1 unit di bawahnya")));
		this.mvc.perform(get("/direktori").param("induk", province.slug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 unit kerja ditemukan")))
			.andExpect(content().string(containsString(district.name())))
			.andExpect(content().string(containsString("<strong>" + province.name() + "</strong>")));
		this.mvc.perform(get("/data/unit-kerja.csv"))
			.andExpect(content()
				.string(matchesPattern("(?s).*\\r?\\n" + city.slug() + ",.*," + province.slug() + "\\r?\\n.*")));
	}

	@Test
	void theParentMustExistBeOfTheSameInstitutionAndNotSitBelowTheUnit() {
		String suffix = Long.toString(System.nanoTime(), 36);
		long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		long bpom = this.jdbc.queryForObject("select id from institution where code = 'BPOM'", Long.class);
		WorkUnitSummary top = this.administration
			.createWorkUnit(new WorkUnitDetails(bps, "Atas " + suffix, null, "16", null, 10, null), this.admin);
		WorkUnitSummary below = this.administration
			.createWorkUnit(new WorkUnitDetails(bps, "Bawah " + suffix, null, "16", null, 10, top.slug()), this.admin);

		assertThatThrownBy(() -> this.administration
			.createWorkUnit(new WorkUnitDetails(bpom, "Lain " + suffix, null, "16", null, 10, top.slug()), this.admin))
			.isInstanceOfSatisfying(InstitutionRuleException.class, (ex) -> assertThat(ex.getReason())
				.isEqualTo(InstitutionRuleException.Reason.PARENT_OF_OTHER_INSTITUTION));
		assertThatThrownBy(() -> this.administration.createWorkUnit(
				new WorkUnitDetails(bps, "Yatim " + suffix, null, "16", null, 10, "tidak-ada-" + suffix), this.admin))
			.isInstanceOfSatisfying(InstitutionRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(InstitutionRuleException.Reason.PARENT_UNKNOWN));
		assertThatThrownBy(() -> this.administration.updateWorkUnit(top.id(), top.version(),
				new WorkUnitDetails(bps, top.name(), null, "16", null, 10, below.slug()), this.admin))
			.isInstanceOfSatisfying(InstitutionRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(InstitutionRuleException.Reason.PARENT_BELOW_UNIT));
		assertThatThrownBy(
				() -> this.jdbc.update("update work_unit set parent_id = ? where id = ?", below.id(), top.id()))
			.as("the database refuses a cycle too")
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForObject("select parent_id from work_unit where id = ?", Long.class, top.id()))
			.isNull();
	}

	@Test
	void theDemoKeepsBpsKabupatenSerangUnderItsProvincialOffice() {
		assertThat(this.jdbc.queryForObject(
				"select p.slug from work_unit u join work_unit p on p.id = u.parent_id where u.slug = 'bps-kabupaten-serang'",
				String.class))
			.isEqualTo("bps-provinsi-banten");
	}

}
