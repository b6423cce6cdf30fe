package id.zonaintegritas.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.declaration.Upload;
import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.PublicDataVersion;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StatementCounting;
import id.zonaintegritas.support.TestData;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Public pages are kept rendered for anonymous visitors, and no longer than public data
 * stays unchanged.
 */
@PortalIntegrationTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DeclarationService declarations;

	@Test
	void aKeptPageIsServedWithoutRenderingItAgain() throws Exception {
		String first = page(get("/direktori?urut=terbaru"));
		StatementCounting.reset();
		String second = page(get("/direktori?urut=terbaru"));

		assertThat(second).isEqualTo(first);
		assertThat(StatementCounting.statements()).as("only the version check").isEqualTo(1);
	}

	@Test
	void aPublicDocumentServedFromTheCacheKeepsItsFileNameAndCacheHeaders() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		this.declarations.saveDraft(unit,
				new DeclarationDraft(
						new DeclarationDetails(LocalDate.of(2024, 5, 2), "Aula", "Kepala", "Kepala Unit", Predicate.WBK,
								null, null),
						List.of(new Witness(WitnessKind.KPK, "KPK", "Saksi", null)), List.of(),
						List.of(new Upload("piagam-asli.pdf", TestData.pdf("piagam " + unit), DocumentKind.PIAGAM))),
				staff);
		long charter = this.declarations.submit(unit, staff).documents().get(0).documentId();
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);

		MockHttpServletResponse rendered = this.mvc.perform(get("/direktori/" + slug + "/dokumen/" + charter))
			.andReturn()
			.getResponse();
		StatementCounting.reset();
		MockHttpServletResponse kept = this.mvc.perform(get("/direktori/" + slug + "/dokumen/" + charter))
			.andReturn()
			.getResponse();

		assertThat(StatementCounting.statements()).as("served from the cache").isEqualTo(1);
		assertThat(kept.getContentAsByteArray()).isEqualTo(rendered.getContentAsByteArray());
		assertThat(kept.getHeader("Content-Disposition")).isEqualTo(rendered.getHeader("Content-Disposition"))
			.contains("piagam-asli.pdf");
		assertThat(kept.getHeader("Cache-Control")).isEqualTo(rendered.getHeader("Cache-Control"))
			.contains("max-age=86400");
		assertThat(kept.getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void theCacheCountsItsHitsForTheMetrics() throws Exception {
		double hitsBefore = hits();
		page(get("/direktori?urut=tahap"));
		page(get("/direktori?urut=tahap"));

		assertThat(hits()).isGreaterThan(hitsBefore);
	}

	private double hits() {
		return this.meters.get("cache.gets")
			.tag("cache", PublicPageCache.CACHE_NAME)
			.tag("result", "hit")
			.functionCounter()
			.count();
	}

	@Test
	void aCommittedChangeShowsOnTheNextRequest() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
		assertThat(page(get("/direktori/" + slug))).doesNotContain("Nama Baru Uji");

		this.jdbc.update("update work_unit set name = 'Nama Baru Uji " + unit + "' where id = ?", unit);

		assertThat(page(get("/direktori/" + slug))).contains("Nama Baru Uji " + unit);
	}

	@Test
	void aKeptPageIsRevalidatedByItsEntityTagUntilTheDataChanges() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
		MockHttpServletResponse first = this.mvc.perform(get("/direktori/" + slug)).andReturn().getResponse();
		String etag = first.getHeader("ETag");

		MockHttpServletResponse unchanged = this.mvc.perform(get("/direktori/" + slug).header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		this.jdbc.update("update work_unit set name = 'Nama Lain Uji " + unit + "' where id = ?", unit);
		MockHttpServletResponse changed = this.mvc.perform(get("/direktori/" + slug).header("If-None-Match", etag))
			.andReturn()
			.getResponse();

		assertThat(etag).isNotBlank();
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(unchanged.getHeader("Cache-Control")).contains("public");
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsString()).contains("Nama Lain Uji " + unit);
		assertThat(changed.getHeader("ETag")).isNotBlank().isNotEqualTo(etag);
	}

	@Test
	void theVersionMovesOncePerCommittedTransactionAndNotOnRollback() {
		long before = version();
		this.transactions.executeWithoutResult((status) -> {
			TestData.newWorkUnit(this.jdbc, "BPS");
			TestData.newWorkUnit(this.jdbc, "BPS");
		});
		long afterCommit = version();
		this.transactions.executeWithoutResult((status) -> {
			TestData.newWorkUnit(this.jdbc, "BPS");
			status.setRollbackOnly();
		});

		assertThat(afterCommit).isEqualTo(before + 1);
		assertThat(version()).isEqualTo(afterCommit);
	}

	@Test
	void eachLanguageIsKeptApart() throws Exception {
		page(get("/statistik"));
		String english = page(get("/statistik").cookie(new Cookie("lang", "en")));
		String indonesian = page(get("/statistik"));

		assertThat(english).contains("<html lang=\"en\"").contains("Log in");
		assertThat(indonesian).contains("<html lang=\"id\"").contains("Masuk");
	}

	@Test
	void signedInUsersNeverGetTheAnonymousPage() throws Exception {
		page(get("/direktori"));

		String signedIn = page(get("/direktori").cookie(Sessions.logIn(this.mvc, "staf.bps-kab-serang")));

		assertThat(signedIn).contains("action=\"/logout\"").doesNotContain(">Masuk</a>");
	}

	@Test
	void aMissingPageAskedForByManyAtOnceIsRenderedOnceAndServedToAll() throws Exception {
		int visitors = 8;
		CountDownLatch allAsking = new CountDownLatch(visitors);
		AtomicInteger renders = new AtomicInteger();
		// Reads the public data version once an hour, so that every visitor asks for
		// the same page.
		PublicPageCache filter = new PublicPageCache(new ConcurrentMapCache("pages"),
				new PublicDataVersion(this.jdbcClient, Duration.ofHours(1)),
				new FixedLocaleResolver(Locale.forLanguageTag("id")),
				new PublicPageProperties(Duration.ofSeconds(60), DataSize.ofMegabytes(1), DataSize.ofKilobytes(512),
						Duration.ofHours(1), Duration.ofSeconds(30)));
		filter.doFilter(new MockHttpServletRequest("GET", "/statistik"), new MockHttpServletResponse(),
				(request, response) -> response.getWriter().write("<p>Statistik</p>"));
		FilterChain rendering = (request, response) -> {
			renders.incrementAndGet();
			try {
				allAsking.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>Direktori</p>");
		};
		ExecutorService pool = Executors.newFixedThreadPool(visitors);
		List<Future<String>> pages = new ArrayList<>();
		for (int n = 0; n < visitors; n++) {
			pages.add(pool.submit(() -> {
				SecurityContextHolder.clearContext();
				MockHttpServletResponse response = new MockHttpServletResponse();
				allAsking.countDown();
				filter.doFilter(new MockHttpServletRequest("GET", "/direktori"), response, rendering);
				return response.getContentAsString();
			}));
		}
		pool.shutdown();

		for (Future<String> page : pages) {
			assertThat(page.get(30, TimeUnit.SECONDS)).isEqualTo("<p>Direktori</p>");
		}
		assertThat(renders).hasValue(1);
	}

	@Test
	void aCacheSizeOfZeroRendersEveryRequest() throws Exception {
		AtomicInteger renders = new AtomicInteger();
		PublicPageCache filter = new PublicPageCache(new ConcurrentMapCache("pages"),
				new PublicDataVersion(this.jdbcClient, Duration.ZERO),
				new FixedLocaleResolver(Locale.forLanguageTag("id")), new PublicPageProperties(Duration.ofSeconds(60),
						DataSize.ofBytes(0), DataSize.ofKilobytes(512), Duration.ZERO, Duration.ofSeconds(30)));
		FilterChain rendering = (request, response) -> {
			renders.incrementAndGet();
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>Statistik</p>");
		};

		filter.doFilter(new MockHttpServletRequest("GET", "/statistik"), new MockHttpServletResponse(), rendering);
		filter.doFilter(new MockHttpServletRequest("GET", "/statistik"), new MockHttpServletResponse(), rendering);

		assertThat(renders).hasValue(2);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private long version() {
		return this.jdbc.queryForObject("select version from public_data_version", Long.class);
	}

}
