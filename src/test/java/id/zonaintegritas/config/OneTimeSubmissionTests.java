package id.zonaintegritas.config;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.StaffPages;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Submitting the same form twice (a double click, back and resubmit) never creates
 * anything twice: every POST form carries a one-time token, and the second request with
 * it is sent where the first went.
 */
@PortalIntegrationTest
class OneTimeSubmissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	StaffPages pages;

	@BeforeEach
	void unitWithADeclaration() throws Exception {
		this.pages = StaffPages.newUnit(this.mvc, this.jdbc);
		Declarations.draft(this.declarations, this.pages.unit(), this.pages.staff());
	}

	@Test
	void everyPostFormCarriesItsOwnTokenAndGetFormsNone() throws Exception {
		var page = Jsoup.parse(page("/pakta"));

		List<String> tokens = page.select("form[method=post] input[name=_submission]").eachAttr("value");
		assertThat(tokens).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
		assertThat(page.select("form[method=get] input[name=_submission]")).isEmpty();
	}

	@Test
	void aSigningWithoutNipSentTwiceIsRecordedOnce() throws Exception {
		String token = tokenOf("/pakta", "/pakta");

		MockHttpServletResponse first = this.mvc.perform(signing(token)).andReturn().getResponse();
		MvcResult second = this.mvc.perform(signing(token)).andReturn();

		assertThat(first.getRedirectedUrl()).isEqualTo(this.pages.path("/pakta"));
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(this.pages.path("/pakta"));
		assertThat(second.getFlashMap().get("alreadySubmitted")).isEqualTo(true);
		assertThat(signings()).isOne();
	}

	@Test
	void twoRequestsWithOneTokenAtTheSameMomentRecordOneSigning() throws Exception {
		String token = tokenOf("/pakta", "/pakta");
		CyclicBarrier start = new CyclicBarrier(2);

		List<CompletableFuture<String>> both = List.of(1, 2).stream().map((n) -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
				return this.mvc.perform(signing(token)).andReturn().getResponse().getRedirectedUrl();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		})).toList();

		assertThat(both.stream().map(CompletableFuture::join)).containsOnly(this.pages.path("/pakta"));
		assertThat(signings()).isOne();
	}

	@Test
	void aRefusedFormGivesItsTokenBackSoTheCorrectedOneGoesThrough() throws Exception {
		String token = tokenOf("/pakta", "/pakta");

		String refused = this.mvc.perform(signing(token, "")).andReturn().getResponse().getContentAsString();
		this.mvc.perform(signing(token));

		assertThat(refused).contains("Wajib diisi");
		assertThat(signings()).isOne();
	}

	@Test
	void aStageRequestSentTwiceIsMadeOnce() throws Exception {
		StaffPages ready = StaffPages.newUnit(this.mvc, this.jdbc);
		Declarations.declareAndSign(this.declarations, this.pact, ready.unit(), ready.staff());
		String token = Jsoup
			.parse(this.mvc.perform(get(ready.path("/tahap")).cookie(ready.session()))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("form[method=post][action=" + ready.path("/tahap") + "] input[name=_submission]")
			.first()
			.attr("value");

		this.mvc.perform(post(ready.path("/tahap")).with(csrf())
			.cookie(ready.session())
			.param("_submission", token)
			.param("confirmed", "true"));
		MvcResult second = this.mvc
			.perform(post(ready.path("/tahap")).with(csrf())
				.cookie(ready.session())
				.param("_submission", token)
				.param("confirmed", "true"))
			.andReturn();

		assertThat(second.getFlashMap().get("alreadySubmitted")).isEqualTo(true);
		assertThat(second.getFlashMap().get("problem")).as("not refused as a second request").isNull();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from stage_request r join zi_programme p on p.id = r.programme_id
				where p.work_unit_id = ?
				""", Long.class, ready.unit())).isOne();
	}

	private MockHttpServletRequestBuilder signing(String token) {
		return signing(token, "Tokoh Masyarakat");
	}

	private MockHttpServletRequestBuilder signing(String token, String position) {
		return post(this.pages.path("/pakta")).with(csrf())
			.cookie(this.pages.session())
			.param("_submission", token)
			.param("signatoryName", "Pendukung Eksternal")
			.param("position", position)
			.param("role", "PENDUKUNG_EKSTERNAL")
			.param("signedOn", "2024-05-02");
	}

	private String tokenOf(String page, String action) throws Exception {
		return Jsoup.parse(page(page))
			.select("form[method=post][action=" + this.pages.path(action) + "] input[name=_submission]")
			.first()
			.attr("value");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(this.pages.path(path)).cookie(this.pages.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long signings() {
		return this.jdbc.queryForObject("""
				select count(*) from pact_signing s join declaration d on d.id = s.declaration_id
				where d.work_unit_id = ?
				""", Long.class, this.pages.unit());
	}

}
