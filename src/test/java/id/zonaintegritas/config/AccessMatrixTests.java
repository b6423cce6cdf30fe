package id.zonaintegritas.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.RouteSamples;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StatementCounting;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route the application exposes, read from the handler mappings, as each kind
 * of visitor, and checks the outcome against the table below. A new route that is not in
 * the table fails the test, so no route can be forgotten.
 */
@PortalIntegrationTest
class AccessMatrixTests {

	enum Persona {

		ANONYMOUS, STAFF, REVIEWER, ADMIN, INSTANSI_HEAD, TPN,

		/** The administrator of the sample unit's institution (BPS). */
		INSTITUTION_ADMIN

	}

	enum Outcome {

		/**
		 * Served (2xx, a redirect that is not to the login page, or a form refused with
		 * 422).
		 */
		ALLOWED,

		/** Sent to the login page. */
		LOGIN,

		/** 403. */
		FORBIDDEN,

		/** Anything else (a 404 or a 500): always a mismatch. */
		BROKEN

	}

	static final Map<Persona, Outcome> PUBLIC = outcomes(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED,
			Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);

	static final Map<Persona, Outcome> SIGNED_IN = outcomes(Outcome.LOGIN, Outcome.ALLOWED, Outcome.ALLOWED,
			Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);

	static final Map<Persona, Outcome> ADMIN_ONLY = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
			Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	// The national administrator, and the administrator of the sample's institution.
	static final Map<Persona, Outcome> ADMINS = with(ADMIN_ONLY, Outcome.ALLOWED);

	static final Map<Persona, Outcome> STAFF_ONLY = outcomes(Outcome.LOGIN, Outcome.ALLOWED, Outcome.FORBIDDEN,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	static final Map<Persona, Outcome> REVIEWER_ONLY = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.ALLOWED,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	static final Map<Persona, Outcome> REVIEWERS_AND_ADMINS = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN,
			Outcome.ALLOWED, Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	// The sample document is evidence, not a public charter nor a decree: the public
	// routes
	// answer 404 to everyone.
	static final Map<Persona, Outcome> BROKEN_FOR_ALL = outcomes(Outcome.BROKEN, Outcome.BROKEN, Outcome.BROKEN,
			Outcome.BROKEN, Outcome.BROKEN, Outcome.BROKEN);

	// The sample unit has no approved LHE: its own roles get a 404, everyone else a 403.
	static final Map<Persona, Outcome> STAFF_ONLY_NO_LHE = outcomes(Outcome.LOGIN, Outcome.BROKEN, Outcome.FORBIDDEN,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	static final Map<Persona, Outcome> REVIEWER_ONLY_NO_LHE = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.BROKEN,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	static final Map<Persona, Outcome> HEAD_ONLY = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
			Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.FORBIDDEN);

	static final Map<Persona, Outcome> TPN_ONLY = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED);

	// The sample document is evidence, not a decree: the TPN's decree route answers 404.
	static final Map<Persona, Outcome> TPN_ONLY_NOT_FOUND = outcomes(Outcome.LOGIN, Outcome.FORBIDDEN,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.BROKEN);

	// Spring Session keeps the session's last access time: that is not the page's doing.
	static final Pattern WRITE = Pattern
		.compile("(?is)^\\s*(insert\\s+into|update|delete\\s+from)\\s+(?!spring_session)");

	/** Every route, as "METHOD pattern", and who may use it. */
	static final Map<String, Map<Persona, Outcome>> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("GET /", PUBLIC);
		EXPECTED.put("GET /login", PUBLIC);
		EXPECTED.put("GET /akun", SIGNED_IN);
		EXPECTED.put("GET /akun/kata-sandi", SIGNED_IN);
		EXPECTED.put("POST /akun/kata-sandi", SIGNED_IN);
		EXPECTED.put("POST /akun/surel", SIGNED_IN);
		// A link's secret that was never issued: 404 to everyone.
		EXPECTED.put("GET /atur-sandi/{token}", BROKEN_FOR_ALL);
		EXPECTED.put("POST /atur-sandi/{token}", BROKEN_FOR_ALL);
		EXPECTED.put("GET /admin/surat", ADMIN_ONLY);
		EXPECTED.put("GET /admin/survei", ADMIN_ONLY);
		EXPECTED.put("GET /admin/survei/rekap.csv", ADMIN_ONLY);
		EXPECTED.put("POST /admin/survei", ADMIN_ONLY);
		EXPECTED.put("POST /admin/survei/{id}/terbitkan", ADMIN_ONLY);
		// The sample survey is the sample unit's, answered by anyone; it takes receipt
		// codes.
		EXPECTED.put("GET /survei/{surveyCode}", PUBLIC);
		EXPECTED.put("POST /survei/{surveyCode}", PUBLIC);
		EXPECTED.put("GET /survei/{surveyCode}/hasil", PUBLIC);
		EXPECTED.put("GET /staf/unit/{unitId}/survei", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/survei", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/survei/{surveyId}", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/survei/{surveyId}/kode", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/survei/{surveyId}/loket", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/survei/{surveyId}/poster.pdf", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/survei/{surveyId}/impor", STAFF_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/survei", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/survei/{surveyId}", REVIEWER_ONLY);
		EXPECTED.put("POST /admin/surat/{id}/kirim-ulang", ADMIN_ONLY);
		EXPECTED.put("GET /admin", ADMIN_ONLY);
		EXPECTED.put("GET /admin/akun", ADMINS);
		EXPECTED.put("GET /admin/akun/baru", ADMINS);
		EXPECTED.put("POST /admin/akun/baru", ADMINS);
		EXPECTED.put("GET /admin/akun/{id}", ADMINS);
		EXPECTED.put("POST /admin/akun/{id}", ADMINS);
		EXPECTED.put("GET /admin/akun/{id}/reset-kata-sandi", ADMINS);
		EXPECTED.put("POST /admin/akun/{id}/reset-kata-sandi", ADMINS);
		EXPECTED.put("GET /admin/instansi", ADMIN_ONLY);
		EXPECTED.put("GET /admin/instansi/baru", ADMIN_ONLY);
		EXPECTED.put("POST /admin/instansi/baru", ADMIN_ONLY);
		EXPECTED.put("GET /admin/instansi/{id}", ADMIN_ONLY);
		EXPECTED.put("POST /admin/instansi/{id}", ADMIN_ONLY);
		EXPECTED.put("GET /admin/unit-kerja", ADMINS);
		EXPECTED.put("GET /admin/unit-kerja/baru", ADMINS);
		EXPECTED.put("POST /admin/unit-kerja/baru", ADMINS);
		EXPECTED.put("GET /admin/unit-kerja/{id}", ADMINS);
		EXPECTED.put("POST /admin/unit-kerja/{id}", ADMINS);
		EXPECTED.put("GET /admin/unit-kerja/{id}/pindah", ADMIN_ONLY);
		EXPECTED.put("POST /admin/unit-kerja/{id}/pindah", ADMIN_ONLY);
		EXPECTED.put("GET /staf", STAFF_ONLY);
		EXPECTED.put("POST /staf/keputusan/dibaca", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pencanangan", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pencanangan", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pencanangan/periksa", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pencanangan/ajukan", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pencanangan/ubah", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pencanangan/ubah", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pencanangan/unit-bersama", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pencanangan/unit-bersama", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/dokumen", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/dokumen", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/dokumen/{documentId}", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/dokumen/{documentId}/hapus", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/dokumen/{documentId}/hapus", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pakta", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pakta", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pakta/{signingId}/ubah", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pakta/{signingId}/ubah", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pakta/{signingId}/hapus", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pakta/{signingId}/hapus", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/pakta/impor", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pakta/template.csv", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/pakta/ekspor.csv", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/tahap", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/tahap", STAFF_ONLY);
		EXPECTED.put("POST /staf/unit/{unitId}/tahap/{requestId}/ajukan-ulang", STAFF_ONLY);
		for (String lke : new String[] { "", "/area/{areaCode}", "/soal/{code}", "/dokumen/{documentId}",
				"/ekspor.xlsx", "/rekap.pdf" }) {
			EXPECTED.put("GET /staf/unit/{unitId}/lke" + lke, STAFF_ONLY);
			EXPECTED.put("GET /inspektorat/unit/{unitId}/lke" + lke, REVIEWER_ONLY);
		}
		EXPECTED.put("GET /staf/unit/{unitId}/lke/periksa", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/lke/hasil-tpi", STAFF_ONLY);
		EXPECTED.put("GET /staf/unit/{unitId}/lke/hasil-tpi.pdf", STAFF_ONLY_NO_LHE);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/evaluasi/lhe.pdf", REVIEWER_ONLY_NO_LHE);
		for (String lke : new String[] { "/mulai", "/penugasan", "/area/{areaCode}", "/soal/{code}",
				"/soal/{code}/bukti", "/soal/{code}/unggah", "/soal/{code}/bukti/{documentId}/lepas",
				"/soal/{code}/daftar-periksa", "/ajukan", "/kirim-kembali" }) {
			EXPECTED.put("POST /staf/unit/{unitId}/lke" + lke, STAFF_ONLY);
		}
		EXPECTED.put("GET /inspektorat/lke", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/tim", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/tim", REVIEWER_ONLY);
		EXPECTED.put("POST /inspektorat/unit/{unitId}/tim", REVIEWER_ONLY);
		EXPECTED.put("GET /admin/lke/rekap.csv", ADMIN_ONLY);
		EXPECTED.put("GET /admin/periode", ADMIN_ONLY);
		EXPECTED.put("GET /admin/singkatan", ADMIN_ONLY);
		EXPECTED.put("GET /admin/impor", ADMINS);
		EXPECTED.put("POST /admin/impor/{kind}", ADMINS);
		EXPECTED.put("GET /admin/impor/{kind}/templat.csv", ADMINS);
		EXPECTED.put("GET /admin/impor/{kind}/templat.xlsx", ADMINS);
		EXPECTED.put("POST /admin/singkatan", ADMIN_ONLY);
		EXPECTED.put("POST /admin/singkatan/hapus", ADMIN_ONLY);
		EXPECTED.put("GET /admin/periode/baru", ADMIN_ONLY);
		EXPECTED.put("POST /admin/periode/baru", ADMIN_ONLY);
		EXPECTED.put("GET /admin/periode/{year}", ADMIN_ONLY);
		EXPECTED.put("POST /admin/periode/{year}", ADMIN_ONLY);
		EXPECTED.put("GET /admin/periode/{year}/minimum", ADMIN_ONLY);
		EXPECTED.put("POST /admin/periode/{year}/minimum", ADMIN_ONLY);
		EXPECTED.put("GET /admin/lke", ADMIN_ONLY);
		EXPECTED.put("POST /admin/lke", ADMIN_ONLY);
		EXPECTED.put("GET /admin/lke/versi/{id}", ADMIN_ONLY);
		EXPECTED.put("GET /admin/lke/versi/{id}/berkas/{name}", ADMIN_ONLY);
		EXPECTED.put("POST /admin/lke/versi/{id}/terbitkan", ADMIN_ONLY);
		EXPECTED.put("POST /admin/lke/versi/{id}/buang", ADMIN_ONLY);
		EXPECTED.put("GET /admin/lke/daftar-periksa", ADMIN_ONLY);
		EXPECTED.put("POST /admin/lke/daftar-periksa", ADMIN_ONLY);
		EXPECTED.put("GET /inspektorat", REVIEWER_ONLY);
		EXPECTED.put("POST /inspektorat/dilihat", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/pengajuan/{requestId}", REVIEWER_ONLY);
		EXPECTED.put("POST /inspektorat/pengajuan/{requestId}", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/pengajuan/{requestId}/dokumen/{documentId}", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/evaluasi", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/evaluasi/area/{areaCode}", REVIEWER_ONLY);
		EXPECTED.put("POST /inspektorat/unit/{unitId}/evaluasi/area/{areaCode}", REVIEWER_ONLY);
		EXPECTED.put("POST /inspektorat/unit/{unitId}/evaluasi/kembalikan", REVIEWER_ONLY);
		EXPECTED.put("GET /inspektorat/unit/{unitId}/evaluasi/setujui", REVIEWER_ONLY);
		EXPECTED.put("POST /inspektorat/unit/{unitId}/evaluasi/setujui", REVIEWER_ONLY);
		EXPECTED.put("GET /instansi", HEAD_ONLY);
		EXPECTED.put("GET /instansi/unit/{unitId}", HEAD_ONLY);
		EXPECTED.put("POST /instansi/usulan", HEAD_ONLY);
		EXPECTED.put("GET /instansi/usulan/{proposalId}", HEAD_ONLY);
		EXPECTED.put("GET /instansi/usulan/{proposalId}/surat-pengantar", HEAD_ONLY);
		EXPECTED.put("GET /instansi/usulan/{proposalId}/sptjm", HEAD_ONLY);
		EXPECTED.put("GET /instansi/usulan/{proposalId}/ringkasan.pdf", HEAD_ONLY);
		EXPECTED.put("GET /instansi/usulan.xlsx", HEAD_ONLY);
		EXPECTED.put("POST /instansi/unit/{unitId}/sanggah", HEAD_ONLY);
		EXPECTED.put("GET /tpn", TPN_ONLY);
		EXPECTED.put("GET /tpn/usulan/{proposalId}/surat-pengantar", TPN_ONLY);
		EXPECTED.put("GET /tpn/usulan/{proposalId}/sptjm", TPN_ONLY);
		EXPECTED.put("GET /tpn/usulan/{proposalId}/ringkasan.pdf", TPN_ONLY);
		EXPECTED.put("GET /tpn/usulan.xlsx", TPN_ONLY);
		EXPECTED.put("GET /tpn/unit/{unitId}", TPN_ONLY);
		for (String step : new String[] { "/seleksi", "/sanggah", "/catatan-lapangan", "/penetapan",
				"/tidak-ditetapkan" }) {
			EXPECTED.put("POST /tpn/unit/{unitId}" + step, TPN_ONLY);
		}
		EXPECTED.put("GET /tpn/unit/{unitId}/area/{areaCode}", TPN_ONLY);
		EXPECTED.put("POST /tpn/unit/{unitId}/area/{areaCode}", TPN_ONLY);
		EXPECTED.put("GET /tpn/unit/{unitId}/bukti/{documentId}", TPN_ONLY);
		EXPECTED.put("GET /tpn/unit/{unitId}/sk/{documentId}", TPN_ONLY_NOT_FOUND);
		EXPECTED.put("GET /tpn/unit/{unitId}/pencabutan", TPN_ONLY);
		EXPECTED.put("POST /tpn/unit/{unitId}/pencabutan", TPN_ONLY);
		EXPECTED.put("GET /audit", REVIEWERS_AND_ADMINS);
		EXPECTED.put("GET /audit.csv", REVIEWERS_AND_ADMINS);
		EXPECTED.put("GET /direktori", PUBLIC);
		EXPECTED.put("GET /statistik", PUBLIC);
		EXPECTED.put("GET /statistik/provinsi.csv", PUBLIC);
		EXPECTED.put("GET /statistik/instansi.csv", PUBLIC);
		EXPECTED.put("GET /statistik/tahunan.csv", PUBLIC);
		EXPECTED.put("GET /statistik/wilayah", PUBLIC);
		EXPECTED.put("GET /statistik/kabupaten-kota.csv", PUBLIC);
		EXPECTED.put("GET /statistik/perjalanan.csv", PUBLIC);
		EXPECTED.put("GET /statistik/periode.csv", PUBLIC);
		EXPECTED.put("GET /statistik/tahap.csv", PUBLIC);
		EXPECTED.put("GET /statistik/predikat.csv", PUBLIC);
		EXPECTED.put("GET /statistik/induk.csv", PUBLIC);
		for (String page : new String[] { "/tentang", "/bantuan", "/kontak", "/privasi", "/aksesibilitas",
				"/robots.txt", "/favicon.ico" }) {
			EXPECTED.put("GET " + page, PUBLIC);
		}
		EXPECTED.put("GET /feed.atom", PUBLIC);
		EXPECTED.put("GET /sitemap.xml", PUBLIC);
		EXPECTED.put("GET /data/unit-kerja.csv", PUBLIC);
		EXPECTED.put("GET /data/unit-kerja.json", PUBLIC);
		EXPECTED.put("GET /direktori/{slug}", PUBLIC);
		EXPECTED.put("GET /direktori/{slug}/pencanangan/versi/{revision}", PUBLIC);
		EXPECTED.put("GET /direktori/{slug}/dokumen/{documentId}", BROKEN_FOR_ALL);
		EXPECTED.put("GET /direktori/{slug}/sk/{documentId}", BROKEN_FOR_ALL);
		// The sample unit holds no predicate: nothing to print.
		EXPECTED.put("GET /direktori/{slug}/penetapan/{predicate}.pdf", BROKEN_FOR_ALL);
		EXPECTED.put("GET /direktori/{slug}/lencana.svg", PUBLIC);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentService documents;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteIsInTheTable() {
		Set<String> routes = RouteSamples.routes(this.mappings);

		assertThat(routes).as("routes without an expected outcome: add them to EXPECTED").isSubsetOf(EXPECTED.keySet());
		assertThat(EXPECTED.keySet()).as("routes in the table that no longer exist").isSubsetOf(routes);
	}

	@Test
	void everyRouteGivesEachVisitorTheExpectedOutcome() throws Exception {
		Map<Persona, Cookie> sessions = new EnumMap<>(Persona.class);
		// Fresh accounts and a fresh unit: the walk submits forms, and must not change
		// the demo units.
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		sessions.put(Persona.STAFF, Sessions.logIn(this.mvc, staff.username()));
		sessions.put(Persona.REVIEWER, Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username()));
		sessions.put(Persona.ADMIN, Sessions.logIn(this.mvc, "admin"));
		sessions.put(Persona.INSTANSI_HEAD, Sessions.logIn(this.mvc, TestData.headOf(this.jdbc, "BPS").username()));
		sessions.put(Persona.TPN, Sessions.logIn(this.mvc, TestData.tpn(this.jdbc).username()));
		sessions.put(Persona.INSTITUTION_ADMIN,
				Sessions.logIn(this.mvc, TestData.institutionAdminOf(this.jdbc, "BPS").username()));
		RouteSamples samples = RouteSamples.of(unit, staff, this.jdbc, this.documents, this.declarations, this.pact);
		List<String> mismatches = new ArrayList<>();

		for (String route : RouteSamples.routes(this.mappings)) {
			String[] parts = route.split(" ", 2);
			String path = samples.path(parts[1]);
			for (Persona persona : Persona.values()) {
				MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path);
				if (!parts[0].equals("GET")) {
					request.with(csrf());
				}
				if (sessions.containsKey(persona)) {
					request.cookie(sessions.get(persona));
				}
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				Outcome actual = outcomeOf(response);
				Outcome expected = EXPECTED.get(route).get(persona);
				if (actual != expected) {
					mismatches.add(route + " (" + path + ") as " + persona + ": expected " + expected + " but was "
							+ actual + " (" + response.getStatus() + ")");
				}
			}
		}

		assertThat(mismatches).isEmpty();
	}

	@Test
	void openingAPageChangesNothing() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Map<Persona, Cookie> sessions = Map.of(Persona.STAFF, Sessions.logIn(this.mvc, staff.username()),
				Persona.REVIEWER, Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username()),
				Persona.ADMIN, Sessions.logIn(this.mvc, "admin"), Persona.INSTANSI_HEAD,
				Sessions.logIn(this.mvc, TestData.headOf(this.jdbc, "BPS").username()), Persona.TPN,
				Sessions.logIn(this.mvc, TestData.tpn(this.jdbc).username()));
		RouteSamples samples = RouteSamples.of(unit, staff, this.jdbc, this.documents, this.declarations, this.pact);
		List<String> writes = new ArrayList<>();
		long reached = 0;

		for (String route : RouteSamples.routes(this.mappings)) {
			if (!route.startsWith("GET ")) {
				continue;
			}
			for (Map.Entry<Persona, Cookie> session : sessions.entrySet()) {
				StatementCounting.reset();
				int status = this.mvc.perform(get(samples.path(route.substring(4))).cookie(session.getValue()))
					.andReturn()
					.getResponse()
					.getStatus();
				reached += (status == 200) ? 1 : 0;
				StatementCounting.sql()
					.stream()
					.filter((sql) -> WRITE.matcher(sql).find())
					.forEach((sql) -> writes.add(route + " as " + session.getKey() + ": " + sql));
			}
		}

		assertThat(writes).as("a GET reads; marking something seen is a POST").isEmpty();
		assertThat(reached).as("the walk reaches pages").isGreaterThan(40);
	}

	private static Outcome outcomeOf(MockHttpServletResponse response) {
		if (response.getStatus() == 403) {
			return Outcome.FORBIDDEN;
		}
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
			return Outcome.LOGIN;
		}
		// A form the visitor may use but filled wrongly comes back with its errors (422).
		boolean reached = response.getStatus() < 400 || response.getStatus() == 422;
		return reached ? Outcome.ALLOWED : Outcome.BROKEN;
	}

	private static Map<Persona, Outcome> outcomes(Outcome anonymous, Outcome staff, Outcome reviewer, Outcome admin,
			Outcome head, Outcome tpn) {
		Map<Persona, Outcome> outcomes = new EnumMap<>(Persona.class);
		outcomes.put(Persona.ANONYMOUS, anonymous);
		outcomes.put(Persona.STAFF, staff);
		outcomes.put(Persona.REVIEWER, reviewer);
		outcomes.put(Persona.ADMIN, admin);
		outcomes.put(Persona.INSTANSI_HEAD, head);
		outcomes.put(Persona.TPN, tpn);
		// An institution's administrator opens what every signed-in visitor opens, and
		// only the routes given to it in the table beyond that.
		boolean everyone = staff == Outcome.ALLOWED && reviewer == Outcome.ALLOWED && head == Outcome.ALLOWED
				&& tpn == Outcome.ALLOWED;
		outcomes.put(Persona.INSTITUTION_ADMIN, everyone ? Outcome.ALLOWED
				: (staff == Outcome.BROKEN && reviewer == Outcome.BROKEN) ? Outcome.BROKEN : Outcome.FORBIDDEN);
		return outcomes;
	}

	private static Map<Persona, Outcome> with(Map<Persona, Outcome> outcomes, Outcome institutionAdmin) {
		Map<Persona, Outcome> changed = new EnumMap<>(outcomes);
		changed.put(Persona.INSTITUTION_ADMIN, institutionAdmin);
		return changed;
	}

}
