package id.zonaintegritas.support;

import id.zonaintegritas.shared.Actor;
import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh unit with its own logged-in staff member, for page tests that change data. */
public record StaffPages(long unit, Actor staff, Cookie session) {

	public static StaffPages newUnit(MockMvc mvc, JdbcTemplate jdbc) throws Exception {
		long unit = TestData.newWorkUnit(jdbc, "BPS");
		Actor staff = TestData.staffOf(jdbc, unit);
		return new StaffPages(unit, staff, Sessions.logIn(mvc, staff.username()));
	}

	public String path(String rest) {
		return "/staf/unit/" + this.unit + rest;
	}

}
