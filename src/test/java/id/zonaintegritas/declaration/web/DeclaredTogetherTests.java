package id.zonaintegritas.declaration.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationRuleException;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.pact.PactSigningDetails;
import id.zonaintegritas.pact.SigningRole;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StaffPages;
import id.zonaintegritas.support.TestData;
import id.zonaintegritas.workflow.WorkflowService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One ceremony declares several units: the declaring unit keeps the record and chooses
 * the units below it that declare with it; the declaration is each one's — its public
 * page, its programme, its own staff's pact signings.
 */
@PortalIntegrationTest
class DeclaredTogetherTests {

	static final LocalDate DECLARED = LocalDate.of(2025, 3, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	WorkflowService workflow;

	StaffPages parent;

	long first;

	long second;

	@BeforeEach
	void aUnitWithTwoUnitsBelowIt() throws Exception {
		this.parent = StaffPages.newUnit(this.mvc, this.jdbc);
		this.first = below(this.parent.unit());
		this.second = below(this.parent.unit());
		this.declarations.saveDraft(this.parent.unit(), new DeclarationDraft(
				new DeclarationDetails(DECLARED, "Aula Kantor Provinsi", "Kepala Provinsi", "Kepala", Predicate.WBK,
						null, null),
				List.of(new Witness(WitnessKind.OMBUDSMAN, "Ombudsman RI", "Perwakilan", null)), List.of(), List.of()),
				this.parent.staff());
	}

	@Test
	void theDeclaringUnitChoosesTheUnitsBelowItOnAPageAndEachUnitsPageShowsTheDeclaration() throws Exception {
		String choice = page(get(this.parent.path("/pencanangan/unit-bersama")));
		assertValidHtml(choice);
		assertThat(Jsoup.parse(choice).select("input[type=checkbox][name=unit]")).hasSize(2);

		this.mvc.perform(post(this.parent.path("/pencanangan/unit-bersama")).with(csrf())
			.cookie(this.parent.session())
			.param("unit", String.valueOf(this.first), String.valueOf(this.second)));
		String check = page(get(this.parent.path("/pencanangan/periksa")));
		assertThat(check).contains("2 unit yang ikut mencanangkan")
			.contains(name(this.first))
			.contains(name(this.second));
		this.mvc.perform(post(this.parent.path("/pencanangan/ajukan")).with(csrf()).cookie(this.parent.session()));

		assertThat(this.jdbc.queryForList("select latest_declared_on from work_unit where id in (?, ?)",
				LocalDate.class, this.first, this.second))
			.containsExactly(DECLARED, DECLARED);
		String firstPage = page(get("/direktori/" + slug(this.first)));
		assertThat(firstPage).contains("Dicanangkan bersama")
			.contains(name(this.parent.unit()))
			.contains("Aula Kantor Provinsi")
			.contains("Ombudsman RI");
		assertValidHtml(firstPage);
		assertThat(page(get("/direktori/" + slug(this.parent.unit())))).contains("Bersama 2 unit kerja di bawahnya")
			.contains(name(this.first));
		assertThat(this.jdbc.queryForObject("select count(*) from public_declaration where declaring_unit_id = ?",
				Integer.class, this.parent.unit()))
			.as("one public row per unit it declared")
			.isEqualTo(3);
		List<String> feedIds = Jsoup.parse(page(get("/feed.atom")), "", org.jsoup.parser.Parser.xmlParser())
			.select("entry > id")
			.eachText();
		assertThat(feedIds).as("each unit's declaration is its own entry").doesNotHaveDuplicates();
	}

	@Test
	void eachUnitsStaffSignTheirOwnPactUnderItAndOnlyTheDeclaringUnitAmendsIt() throws Exception {
		this.declarations.declareWith(this.parent.unit(), Set.of(this.first), this.parent.staff());
		long declaration = this.declarations.submit(this.parent.unit(), this.parent.staff()).id();
		Actor firstStaff = TestData.staffOf(this.jdbc, this.first);

		this.pact.record(declaration, this.first,
				new PactSigningDetails("Kepala Unit Pertama", null, "Kepala", SigningRole.PIMPINAN, DECLARED),
				firstStaff);

		assertThat(this.declarations.latestSubmitted(this.first).orElseThrow().id()).isEqualTo(declaration);
		assertThat(this.pact.headHasSigned(declaration, this.first)).isTrue();
		assertThat(this.pact.headHasSigned(declaration, this.parent.unit())).isFalse();
		assertThat(this.pact.coverage(this.first).staffWhoSigned()).isEqualTo(1);
		assertThat(this.pact.coverage(this.parent.unit()).staffWhoSigned()).isZero();
		assertThat(this.declarations.latestSubmitted(this.second)).as("not chosen: not declared").isEmpty();
		assertThatThrownBy(() -> this.pact.record(declaration, this.second,
				new PactSigningDetails("Kepala Unit Kedua", null, "Kepala", SigningRole.PIMPINAN, DECLARED),
				TestData.staffOf(this.jdbc, this.second)))
			.hasMessageContaining("error.declaration.notFound");
		assertThatThrownBy(() -> this.declarations.submittedForStaff(this.first, firstStaff)).isInstanceOfSatisfying(
				DeclarationRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("declaration.rule.notSubmitted"));
		assertThat(this.jdbc.queryForObject("select work_unit_id from pact_signing where declaration_id = ?",
				Long.class, declaration))
			.isEqualTo(this.first);

		// Its own head has signed under the shared declaration: it may ask for
		// pembangunan,
		// and its reviewer sees that it declared with the unit above it.
		long request = this.workflow.requestNextStage(this.first, "Pencanangan bersama provinsi", Set.of(), firstStaff)
			.id();
		String review = this.mvc
			.perform(get("/inspektorat/pengajuan/" + request)
				.cookie(Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(review).contains("Unit ini mencanangkan bersama " + name(this.parent.unit()));
		assertValidHtml(review);
	}

	@Test
	void aForgottenUnitIsAddedToTheSubmittedDeclarationByAnAmendmentWithItsReason() throws Exception {
		this.declarations.declareWith(this.parent.unit(), Set.of(this.first), this.parent.staff());
		long declaration = this.declarations.submit(this.parent.unit(), this.parent.staff()).id();
		assertThatThrownBy(
				() -> this.jdbc.update("insert into declaration_unit (declaration_id, work_unit_id) values (?, ?)",
						declaration, this.second))
			.as("a public record changes only by an amendment")
			.hasMessageContaining("declaration_parts_change_with_their_declaration");

		var refused = this.mvc
			.perform(post(this.parent.path("/pencanangan/unit-bersama")).with(csrf())
				.cookie(this.parent.session())
				.param("revision", "1")
				.param("unit", String.valueOf(this.first), String.valueOf(this.second))
				.param("reason", " "))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		String html = refused.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Tuliskan alasan perubahan");
		assertThat(Jsoup.parse(html).select("input[name=unit][checked]")).as("the choice is kept").hasSize(2);
		assertValidHtml(html);

		this.mvc.perform(post(this.parent.path("/pencanangan/unit-bersama")).with(csrf())
			.cookie(this.parent.session())
			.param("revision", "1")
			.param("unit", String.valueOf(this.first), String.valueOf(this.second))
			.param("reason", "BPS unit kedua ikut upacara, terlewat dicatat"));

		assertThat(
				this.jdbc.queryForObject("select revision from declaration where id = ?", Integer.class, declaration))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select array_length(co_declared_unit_ids, 1) from declaration_version where declaration_id = ?",
				Integer.class, declaration))
			.as("the replaced version keeps the units it listed")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select after_state::text from audit_entry
				where action = 'DECLARATION_AMENDED' and object_id = ? order by id desc limit 1""", String.class,
				String.valueOf(declaration)))
			.as("the trail says what changed")
			.contains(String.valueOf(this.second));
		assertThat(this.jdbc.queryForObject("select latest_declared_on from work_unit where id = ?", LocalDate.class,
				this.second))
			.isEqualTo(DECLARED);
		assertThat(page(get("/direktori/" + slug(this.second)))).contains("Dicanangkan bersama")
			.contains("terlewat dicatat");
	}

	@Test
	void onlyUnitsBelowTheDeclaringUnitDeclareWithItWhoeverWritesIt() {
		long elsewhere = TestData.newWorkUnit(this.jdbc, "BPS");
		long declaration = this.declarations.newestForStaff(this.parent.unit(), this.parent.staff()).orElseThrow().id();

		assertThatThrownBy(() -> this.declarations.declareWith(this.parent.unit(), Set.of(this.first, elsewhere),
				this.parent.staff()))
			.isInstanceOfSatisfying(DeclarationRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("declaration.rule.notBelow"));
		assertThatThrownBy(
				() -> this.jdbc.update("insert into declaration_unit (declaration_id, work_unit_id) values (?, ?)",
						declaration, elsewhere))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("declaration_unit_below_declaring_unit");
		assertThat(this.jdbc.queryForObject("select count(*) from declaration_unit where declaration_id = ?",
				Integer.class, declaration))
			.isZero();
	}

	@Test
	void aUnitThatDeclaredWithItsProvinceSeesSoOnItsDeclarationForm() throws Exception {
		this.declarations.declareWith(this.parent.unit(), Set.of(this.first), this.parent.staff());
		this.declarations.submit(this.parent.unit(), this.parent.staff());
		Actor firstStaff = TestData.staffOf(this.jdbc, this.first);
		var session = Sessions.logIn(this.mvc, firstStaff.username());

		String form = this.mvc.perform(get("/staf/unit/" + this.first + "/pencanangan").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String pact = this.mvc.perform(get("/staf/unit/" + this.first + "/pakta").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(form).contains("Unit ini telah mencanangkan bersama " + name(this.parent.unit()));
		assertThat(pact).contains("Unit ini mencanangkan bersama " + name(this.parent.unit()));
		assertValidHtml(pact);
	}

	private long below(long parentId) {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.jdbc.update("update work_unit set parent_id = ? where id = ?", parentId, unit);
		return unit;
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.cookie(this.parent.session()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String name(long unit) {
		return this.jdbc.queryForObject("select name from work_unit where id = ?", String.class, unit);
	}

	private String slug(long unit) {
		return this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
	}

}
