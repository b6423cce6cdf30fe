package id.zonaintegritas.declaration.web;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.StaffPages;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class DeclarationFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	StaffPages pages;

	@BeforeEach
	void newUnit() throws Exception {
		this.pages = StaffPages.newUnit(this.mvc, this.jdbc);
	}

	@Test
	void theEmptyFormIsValidHtmlWithOneWitnessRow() throws Exception {
		String html = this.mvc.perform(get(this.pages.path("/pencanangan")).cookie(this.pages.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Saksi 1").doesNotContain("Saksi 2").contains("Simpan draf");
		assertValidHtml(html);
	}

	@Test
	void addingAWitnessRowKeepsEverythingTypedWithoutSaving() throws Exception {
		String html = this.mvc
			.perform(form().param("addWitness", "1")
				.param("venue", "Aula Kantor")
				.param("witnesses[0].kind", "OMBUDSMAN")
				.param("witnesses[0].organisationName", "Ombudsman RI Perwakilan Banten")
				.param("witnesses[0].personName", "Fadli"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Saksi 2").contains("value=\"Aula Kantor\"").contains("value=\"Fadli\"");
		assertThat(declarations()).isZero();
		assertValidHtml(html);
	}

	@Test
	void aFileChosenBeforeAddingAWitnessOrCorrectingAFieldIsKeptOnTheDraft() throws Exception {
		String added = this.mvc
			.perform(form().file(new MockMultipartFile("files", "notulen.pdf", "application/pdf", TestData.pdf("n")))
				.param("fileKind", "NOTULEN")
				.param("addWitness", "1")
				.param("venue", "Aula Kantor"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String refused = this.mvc
			.perform(form().file(new MockMultipartFile("files", "foto.png", "image/png", TestData.png()))
				.param("fileKind", "FOTO")
				.param("action", "save")
				.param("venue", "Aula Kantor")
				.param("witnesses[0].kind", "KPK")
				.param("witnesses[0].organisationName", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(added).contains("notulen.pdf")
			.contains("sudah disimpan pada draf")
			.contains("Saksi 1")
			.contains("value=\"Aula Kantor\"");
		assertValidHtml(added);
		assertThat(refused).contains("notulen.pdf").contains("foto.png").contains("Wajib diisi.");
		assertThat(this.jdbc.queryForList("""
				select dd.kind from declaration_document dd join declaration d on d.id = dd.declaration_id
				where d.work_unit_id = ? order by dd.kind
				""", String.class, this.pages.unit())).containsExactly("FOTO", "NOTULEN");
		assertThat(this.jdbc.queryForObject("select venue from declaration where work_unit_id = ?", String.class,
				this.pages.unit()))
			.as("what the form says is saved only by saving it")
			.isNull();
	}

	@Test
	void removingAWitnessRowKeepsTheOthers() throws Exception {
		String html = this.mvc
			.perform(form().param("removeWitness", "0")
				.param("witnesses[0].personName", "Dihapus")
				.param("witnesses[1].personName", "Tetap"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("value=\"Tetap\"").doesNotContain("Dihapus");
	}

	@Test
	void aDateKnownOnlyToItsMonthIsKeptAsThatMonthAndShownSo() throws Exception {
		this.mvc.perform(form().param("action", "save")
			.param("declaredOn", "2024-05-17")
			.param("declaredOnPrecision", "MONTH")
			.param("venue", "Aula")
			.param("witnesses[0].kind", "KPK")
			.param("witnesses[0].organisationName", "KPK")
			.param("witnesses[0].personName", "Budi"));

		assertThat(this.jdbc.queryForMap(
				"select declared_on::text as declared_on, declared_on_precision from declaration where work_unit_id = ?",
				this.pages.unit()))
			.containsEntry("declared_on", "2024-05-01")
			.containsEntry("declared_on_precision", "MONTH");
		String form = this.mvc.perform(get(this.pages.path("/pencanangan")).cookie(this.pages.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).containsPattern("<option value=\"MONTH\" selected=\"selected\">");
		assertThat(this.mvc.perform(get(this.pages.path("/pencanangan/periksa")).cookie(this.pages.session()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Mei 2024").doesNotContain("1 Mei 2024");
		assertValidHtml(form);
	}

	@Test
	void anIncompleteWitnessIsShownNextToItsFieldInIndonesian() throws Exception {
		String html = this.mvc
			.perform(form().param("action", "save")
				.param("venue", "Aula")
				.param("declaredOn", "2012-05-01")
				.param("witnesses[0].kind", "KPK")
				.param("witnesses[0].organisationName", "")
				.param("witnesses[0].personName", "Budi"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Wajib diisi.").contains("value=\"Budi\"").contains("value=\"Aula\"");
		assertThat(html).as("the declaration's own rules beside the form's, at once")
			.contains("Tanggal pencanangan tidak mungkin sebelum program Zona Integritas ada (2014).");
		assertThat(declarations()).isZero();
		assertValidHtml(html);
	}

	@Test
	void aDraftIsSavedWithItsPdfAndThenSubmittedAsAReadOnlyRecord() throws Exception {
		this.mvc
			.perform(complete().param("action", "save")
				.file(new MockMultipartFile("files", "piagam.pdf", "application/pdf", TestData.pdf("piagam")))
				.param("fileKind", "PIAGAM"))
			.andExpect(redirectedUrl(this.pages.path("/pencanangan")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from declaration_document dd join declaration d on d.id = dd.declaration_id "
						+ "where d.work_unit_id = ? and dd.kind = 'PIAGAM'",
				Integer.class, this.pages.unit()))
			.isEqualTo(1);

		this.mvc.perform(complete().param("action", "submit"))
			.andExpect(redirectedUrl(this.pages.path("/pencanangan/periksa")));
		String check = page("/pencanangan/periksa");
		assertThat(check).contains("Periksa pencanangan sebelum diajukan")
			.contains("Hotel Puri Kayana")
			.contains("piagam.pdf")
			.contains("tampil di halaman publik");
		assertValidHtml(check);
		assertThat(this.jdbc.queryForObject("select status from declaration where work_unit_id = ?", String.class,
				this.pages.unit()))
			.as("nothing is submitted until it is checked")
			.isEqualTo("DRAFT");

		MvcResult submitted = this.mvc
			.perform(post(this.pages.path("/pencanangan/ajukan")).with(csrf()).cookie(this.pages.session()))
			.andExpect(redirectedUrl(this.pages.path("/pencanangan")))
			.andReturn();

		String view = this.mvc
			.perform(get(this.pages.path("/pencanangan")).cookie(this.pages.session())
				.flashAttrs(submitted.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(view).contains("Pencanangan telah diajukan")
			.contains("amandemen")
			.contains("piagam.pdf")
			.doesNotContain("Simpan draf");
		assertThat(this.jdbc.queryForObject("select status from declaration where work_unit_id = ?", String.class,
				this.pages.unit()))
			.isEqualTo("SUBMITTED");
		assertValidHtml(view);

		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class,
				this.pages.unit());
		long charter = this.jdbc.queryForObject("select id from document where work_unit_id = ?", Long.class,
				this.pages.unit());
		assertThat(this.mvc.perform(get("/direktori/" + slug)).andReturn().getResponse().getContentAsString())
			.as("the charter of a submitted declaration is public")
			.contains("piagam.pdf");
		assertThat(this.mvc.perform(get("/direktori/" + slug + "/dokumen/" + charter))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentType()).isEqualTo("application/pdf");
		this.mvc.perform(multipart(this.pages.path("/dokumen"))
			.file(new MockMultipartFile("file", "bukti-internal.pdf", "application/pdf", TestData.pdf("internal")))
			.with(csrf())
			.cookie(this.pages.session()));
		long evidence = this.jdbc.queryForObject("select max(id) from document where work_unit_id = ?", Long.class,
				this.pages.unit());
		assertThat(evidence).isNotEqualTo(charter);
		this.mvc.perform(get("/direktori/" + slug + "/dokumen/" + evidence)).andExpect(status().isNotFound());
	}

	@Test
	void aDisguisedFileIsRefusedNothingIsStoredAndThePageSaysToChooseItAgain() throws Exception {
		String html = this.mvc
			.perform(complete().param("action", "save")
				.file(new MockMultipartFile("files", "piagam.pdf", "application/pdf", "<html>".getBytes())))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Jenis berkas tidak diizinkan")
			.contains("pilihan berkas")
			.contains("value=\"Hotel Puri Kayana\"");
		assertThat(declarations()).as("all or nothing").isZero();
	}

	@Test
	void theCheckShowsWhatIsMissingAndOffersNoSubmissionUntilItIsThere() throws Exception {
		this.mvc
			.perform(form().param("action", "submit")
				.param("declaredOn", "2024-05-02")
				.param("venue", "Aula")
				.param("officialName", "Kepala")
				.param("officialPosition", "Kepala Unit"))
			.andExpect(redirectedUrl(this.pages.path("/pencanangan/periksa")));

		String check = page("/pencanangan/periksa");

		assertThat(check).contains("Pencanangan harus disaksikan").doesNotContain("/pencanangan/ajukan");
		assertThat(declarations()).as("what was typed is kept as a draft").isOne();
		String refused = this.mvc
			.perform(post(this.pages.path("/pencanangan/ajukan")).with(csrf()).cookie(this.pages.session()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Periksa kembali isian berikut").contains("Pencanangan harus disaksikan");
		assertThat(this.jdbc.queryForObject("select status from declaration where work_unit_id = ?", String.class,
				this.pages.unit()))
			.isEqualTo("DRAFT");
	}

	@Test
	void postingTheFormAgainAfterSubmissionChangesNothingPublic() throws Exception {
		submitComplete();

		String html = this.mvc
			.perform(form().param("action", "save")
				.param("declaredOn", "2021-04-28")
				.param("venue", "Tempat Lain")
				.param("officialName", "Orang Lain")
				.param("officialPosition", "Kepala Balai")
				.param("witnesses[0].kind", "KPK")
				.param("witnesses[0].organisationName", "KPK")
				.param("witnesses[0].personName", "Orang Lain"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("ajukan perubahan (amandemen)");
		assertThat(this.jdbc.queryForList("select venue from declaration where work_unit_id = ?", String.class,
				this.pages.unit()))
			.containsExactly("Hotel Puri Kayana");
	}

	@Test
	void anAmendmentIsCheckedThenRecordedAndThePublicPageKeepsTheEarlierVersion() throws Exception {
		submitComplete();
		String form = page("/pencanangan/ubah");
		assertThat(form).contains("value=\"Hotel Puri Kayana\"").contains("Alasan perubahan");
		assertValidHtml(form);

		String check = this.mvc.perform(amendment().param("amendmentReason", "Nama hotel kurang lengkap"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains("Periksa perubahan sebelum dicatat")
			.contains("Hotel Puri Kayana")
			.contains("Hotel Puri Kayana Serang")
			.contains("Nama hotel kurang lengkap");
		assertValidHtml(check);
		assertThat(venue()).as("nothing recorded before the check is confirmed").isEqualTo("Hotel Puri Kayana");

		this.mvc.perform(amendment().param("amendmentReason", "Nama hotel kurang lengkap").param("confirm", "1"))
			.andExpect(redirectedUrl(this.pages.path("/pencanangan")));

		assertThat(venue()).isEqualTo("Hotel Puri Kayana Serang");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class,
				this.pages.unit());
		String publicPage = this.mvc.perform(get("/direktori/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).contains("Hotel Puri Kayana Serang")
			.contains("Diubah pada")
			.contains("alasan: Nama hotel kurang lengkap")
			.contains("/direktori/" + slug + "/pencanangan/versi/1");
		String earlier = this.mvc.perform(get("/direktori/" + slug + "/pencanangan/versi/1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(earlier).contains("Hotel Puri Kayana</dd>").contains("Nama hotel kurang lengkap");
		assertValidHtml(earlier);
	}

	@Test
	void anAmendmentWithoutAReasonIsShownOnItsFieldAndKeepsWhatWasTyped() throws Exception {
		submitComplete();

		String html = this.mvc.perform(amendment())
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Tuliskan alasan perubahan").contains("value=\"Hotel Puri Kayana Serang\"");
		assertThat(venue()).isEqualTo("Hotel Puri Kayana");
	}

	@Test
	void anAmendmentThatChangesNothingIsRefusedBeforeItsCheckPage() throws Exception {
		submitComplete();

		String html = this.mvc
			.perform(withTheSeedDeclaration(post(this.pages.path("/pencanangan/ubah")).with(csrf())
				.cookie(this.pages.session())
				.param("revision", "1")
				.param("amendmentReason", "Salah ketik"), "Hotel Puri Kayana"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Tidak ada yang berubah dibandingkan versi sekarang.")
			.contains("value=\"Hotel Puri Kayana\"");
		assertValidHtml(html);
	}

	@Test
	void staffOfAnotherUnitGetA403AndNothingChanges() throws Exception {
		StaffPages other = StaffPages.newUnit(this.mvc, this.jdbc);

		this.mvc.perform(get(this.pages.path("/pencanangan")).cookie(other.session()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(this.pages.path("/pencanangan")).with(csrf())
				.cookie(other.session())
				.param("action", "save")
				.param("venue", "Disusupi"))
			.andExpect(status().isForbidden());
		assertThat(declarations()).isZero();
	}

	private void submitComplete() throws Exception {
		this.mvc.perform(complete().param("action", "save"));
		this.mvc.perform(post(this.pages.path("/pencanangan/ajukan")).with(csrf()).cookie(this.pages.session()))
			.andExpect(redirectedUrl(this.pages.path("/pencanangan")));
	}

	private MockHttpServletRequestBuilder amendment() {
		return withTheSeedDeclaration(post(this.pages.path("/pencanangan/ubah")).with(csrf())
			.cookie(this.pages.session())
			.param("revision", "1"), "Hotel Puri Kayana Serang");
	}

	/** What seed 000 says of its declaration, with the venue given. */
	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B withTheSeedDeclaration(B request,
			String venue) {
		request.param("declaredOn", "2021-04-27")
			.param("venue", venue)
			.param("officialName", "Trikoranti Mustikawati")
			.param("officialPosition", "Kepala Balai")
			.param("targetPredicate", "WBK")
			.param("witnesses[0].kind", "PEMDA")
			.param("witnesses[0].organisationName", "Pemerintah Provinsi Banten")
			.param("witnesses[0].personName", "Al Muktabar")
			.param("witnesses[0].position", "Sekretaris Daerah");
		return request;
	}

	private String venue() {
		return this.jdbc.queryForObject("select venue from declaration where work_unit_id = ?", String.class,
				this.pages.unit());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(this.pages.path(path)).cookie(this.pages.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockMultipartHttpServletRequestBuilder form() {
		return (MockMultipartHttpServletRequestBuilder) multipart(this.pages.path("/pencanangan")).with(csrf())
			.cookie(this.pages.session());
	}

	private MockMultipartHttpServletRequestBuilder complete() {
		return withTheSeedDeclaration(form(), "Hotel Puri Kayana");
	}

	private int declarations() {
		return this.jdbc.queryForObject("select count(*) from declaration where work_unit_id = ?", Integer.class,
				this.pages.unit());
	}

}
