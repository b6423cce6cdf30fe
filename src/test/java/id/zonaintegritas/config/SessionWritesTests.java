package id.zonaintegritas.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StatementCounting;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A signed-in page that changes nothing in the session does not write it back, unless its
 * last access is a minute old; the session still expires as it should.
 */
@PortalIntegrationTest
class SessionWritesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aPageThatChangesNothingWritesTheSessionAtMostOnceAMinute() throws Exception {
		String staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username();
		Cookie session = Sessions.logIn(this.mvc, staff);
		this.mvc.perform(get("/staf").cookie(session));
		long stored = lastAccess(staff);

		StatementCounting.reset();
		int status = this.mvc.perform(get("/staf").cookie(session)).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		assertThat(StatementCounting.sql()).noneMatch((sql) -> sql.startsWith("UPDATE SPRING_SESSION"));
		assertThat(StatementCounting.sql()).as("the session is read once")
			.filteredOn((sql) -> sql.startsWith("SELECT S.PRIMARY_ID"))
			.hasSize(1);
		assertThat(lastAccess(staff)).isEqualTo(stored);

		this.jdbc.update("update spring_session set last_access_time = last_access_time - 120000,"
				+ " expiry_time = expiry_time - 120000 where principal_name = ?", staff);
		this.mvc.perform(get("/staf").cookie(session));
		assertThat(lastAccess(staff)).as("a last access a minute old is written").isGreaterThan(stored - 120000);
	}

	@Test
	void aSignedInPageReadsItsSessionAndItsAccountWithoutATransaction() throws Exception {
		String staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username();
		Cookie session = Sessions.logIn(this.mvc, staff);
		this.mvc.perform(get("/privasi").cookie(session));

		StatementCounting.reset();
		MvcResult page = this.mvc.perform(get("/privasi").cookie(session)).andReturn();

		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).contains("/logout");
		assertThat(StatementCounting.sql()).as("the session, then the account")
			.satisfiesExactly((sql) -> assertThat(sql).startsWith("SELECT S.PRIMARY_ID"),
					(sql) -> assertThat(sql).contains("from account a where a.id"));
		assertThat(StatementCounting.commits()).as("each is one statement, in autocommit").isZero();
	}

	@Test
	@Transactional
	void writingASessionCommitsNothingOfTheTransactionItHappensIn() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String staff = TestData.staffOf(this.jdbc, unit).username();

		Sessions.logIn(this.mvc, staff);

		try (Connection other = this.dataSource.getConnection();
				PreparedStatement query = other.prepareStatement("select count(*) from work_unit where id = ?")) {
			query.setLong(1, unit);
			try (ResultSet count = query.executeQuery()) {
				count.next();
				assertThat(count.getLong(1)).as("the unit this test's transaction added, seen from outside it")
					.isZero();
			}
		}
	}

	@Test
	void aSessionPastItsTimeoutIsNoLongerSignedIn() throws Exception {
		String staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username();
		Cookie session = Sessions.logIn(this.mvc, staff);
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 3600000,"
				+ " expiry_time = expiry_time - 3600000 where principal_name = ?", staff);

		String location = this.mvc.perform(get("/staf").cookie(session)).andReturn().getResponse().getRedirectedUrl();

		assertThat(location).endsWith("/login");
	}

	private long lastAccess(String username) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, username);
	}

}
