package id.zonaintegritas.proposal.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.evaluation.TpiRole;
import id.zonaintegritas.evaluation.TpiTeamService;
import id.zonaintegritas.proposal.ProposalService;
import id.zonaintegritas.proposal.TpnService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Lke;
import id.zonaintegritas.support.Pdfs;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The LHE, the LKE recap, a proposal's summary and a designation page are PDFs whose
 * numbers are the pages' numbers; the proposed units' workbook has the same scores. A
 * unit with a long name in non-ASCII letters and many witnesses still prints, with its
 * name whole and the font embedded.
 */
@PortalIntegrationTest
class PrintedDocumentsTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	static final String LONG_NAME = "Kantor Pelayanan Pajak Pratama Jakarta Kebayoran Baru Tiga — Ōtsuka Ñañez "
			+ "Đặng Thị Hồng Nhung “Çağrı” Ærø Saßnitz Ümraniye dengan Nama yang Sangat Panjang Sekali";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	InstrumentService instruments;

	@Autowired
	TpiTeamService teams;

	@Autowired
	TpiEvaluationService tpi;

	@Autowired
	ProposalService proposals;

	@Autowired
	TpnService tpnService;

	@Autowired
	DeclarationService declarations;

	long unit;

	String slug;

	Actor staff;

	Actor head;

	Actor tpn;

	long proposal;

	@BeforeEach
	void aUnitWithALongNameIsEvaluatedProposedAndDesignated() {
		LkeVersion version = this.instruments.inForce();
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.jdbc.update("update work_unit set name = ? where id = ?", LONG_NAME + " " + this.unit, this.unit);
		this.slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, this.unit);
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		Actor evaluator = TestData.reviewerOf(this.jdbc, "BPS");
		Actor lead = TestData.reviewerOf(this.jdbc, "BPS");
		this.head = TestData.headOf(this.jdbc, "BPS");
		this.tpn = TestData.tpn(this.jdbc);
		List<Witness> witnesses = new ArrayList<>();
		for (int i = 1; i <= 24; i++) {
			witnesses.add(new Witness(WitnessKind.LAINNYA, "Lembaga Pengawas Daerah Nusa Tenggara Timur " + i,
					"Ni Luh Putu Ayu Kusumawardhani Śrī " + i, "Kepala Bagian Pengawasan dan Pengaduan Masyarakat"));
		}
		this.declarations.saveDraft(
				this.unit, new DeclarationDraft(new DeclarationDetails(LocalDate.of(2025, 1, 14), "Aula Utama",
						"Kepala Unit", "Kepala", Predicate.WBK, null, null), witnesses, List.of(), List.of()),
				this.staff);
		this.declarations.submit(this.unit, this.staff);
		this.jdbc.update("insert into zi_programme (work_unit_id, stage, updated_at) values (?, 'PEMBANGUNAN', now())",
				this.unit);
		Map<String, TpiRole> roles = new LinkedHashMap<>();
		roles.put(evaluator.username(), TpiRole.EVALUATOR);
		roles.put(lead.username(), TpiRole.LEAD);
		this.teams.assign(this.unit, YEAR, roles, lead);
		this.assessments.start(this.unit, YEAR, this.staff);
		this.assessments.saveAnswers(this.unit, YEAR, Lke.best(version), this.staff);
		this.assessments.submit(this.unit, YEAR, this.staff);
		this.tpi.save(this.unit, YEAR, Lke.best(version), Lke.allStand(version, true), Map.of(), evaluator);
		this.tpi.approve(this.unit, YEAR, "LHE-44/IU/" + YEAR, LocalDate.now(ProgrammeDates.WIB), lead);
		this.proposal = this.proposals
			.propose(this.head, YEAR, List.of(this.unit), "B-44/BPS/" + YEAR, LocalDate.now(ProgrammeDates.WIB),
					new ProposalService.Letter("surat.pdf", TestData.pdf("surat")),
					new ProposalService.Letter("sptjm.pdf", TestData.pdf("sptjm")))
			.id();
	}

	@Test
	void theLheAndTheRecapCarryThePagesNumbersAndTheWholeName() throws Exception {
		Cookie session = Sessions.logIn(this.mvc, this.staff.username());
		Document result = page("/staf/unit/" + this.unit + "/lke/hasil-tpi?tahun=" + YEAR, session);
		List<String> totals = totalsOf(result);
		assertThat(totals).as("the unit's and the TPI's totals on the page").hasSize(2);

		String lhe = pdfText(download("/staf/unit/" + this.unit + "/lke/hasil-tpi.pdf?tahun=" + YEAR, session,
				"LHE-" + this.slug + "-" + YEAR + ".pdf"));
		assertThat(lhe).contains("Laporan Hasil Evaluasi (LHE) Zona Integritas " + YEAR)
			.contains("LHE-44/IU/" + YEAR)
			.contains("Total " + totals.get(0) + " " + totals.get(1))
			.contains("Semua syarat minimum WBK terpenuhi")
			.contains("Ketua Tim Penilai Internal");
		assertThat(oneLine(lhe)).contains(LONG_NAME);

		Document overview = page("/staf/unit/" + this.unit + "/lke?tahun=" + YEAR, session);
		String pageTotal = overview.select("#lke-scores dd strong").text();
		String recap = pdfText(download("/staf/unit/" + this.unit + "/lke/rekap.pdf?tahun=" + YEAR, session,
				"rekap-LKE-" + this.slug + "-" + YEAR + ".pdf"));
		assertThat(pageTotal).as("the page's total").startsWith(totals.get(0));
		assertThat(recap).contains("Rekapitulasi penilaian mandiri (LKE) " + YEAR)
			.contains("Total 100,00 " + totals.get(0))
			.contains("A. Manajemen Perubahan");

		Cookie reviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username());
		assertThat(pdfText(download("/inspektorat/unit/" + this.unit + "/evaluasi/lhe.pdf?tahun=" + YEAR, reviewer,
				"LHE-" + this.slug + "-" + YEAR + ".pdf")))
			.contains("LHE-44/IU/" + YEAR);
		Cookie otherStaff = Sessions.logIn(this.mvc, "staf.bps-kab-serang");
		assertThat(
				this.mvc.perform(get("/staf/unit/" + this.unit + "/lke/hasil-tpi.pdf?tahun=" + YEAR).cookie(otherStaff))
					.andReturn()
					.getResponse()
					.getStatus())
			.as("another unit's staff")
			.isEqualTo(403);
		assertThat(this.mvc
			.perform(get("/staf/unit/" + this.unit + "/lke/hasil-tpi.pdf?tahun=" + (YEAR - 5)).cookie(session))
			.andReturn()
			.getResponse()
			.getStatus()).as("a period without an LHE").isEqualTo(404);
	}

	@Test
	void theProposalSummaryAndTheWorkbookHaveTheTpiScores() throws Exception {
		Cookie session = Sessions.logIn(this.mvc, this.staff.username());
		List<String> totals = totalsOf(page("/staf/unit/" + this.unit + "/lke/hasil-tpi?tahun=" + YEAR, session));

		Cookie headSession = Sessions.logIn(this.mvc, this.head.username());
		String summary = oneLine(pdfText(download("/instansi/usulan/" + this.proposal + "/ringkasan.pdf", headSession,
				"usulan-ZI-" + YEAR + "-" + this.proposal + ".pdf")));
		assertThat(summary).contains("Usulan unit kerja Zona Integritas periode " + YEAR)
			.contains("Nomor B-44/BPS/" + YEAR)
			.contains(totals.get(1))
			.contains("LHE-44/IU/" + YEAR)
			.contains(LONG_NAME);

		Cookie tpnSession = Sessions.logIn(this.mvc, this.tpn.username());
		byte[] xlsx = download("/tpn/usulan.xlsx?tahun=" + YEAR, tpnSession, "usulan-ZI-" + YEAR + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			List<String> headings = new ArrayList<>();
			header.forEach((cell) -> headings.add(cell.getStringCellValue()));
			assertThat(headings).contains("Unit kerja", "Area A (TPI)", "Total (TPI)", "Total penilaian mandiri");
			Row row = null;
			for (Row candidate : sheet) {
				if (candidate.getRowNum() > 0 && candidate.getCell(2).getStringCellValue().endsWith(" " + this.unit)) {
					row = candidate;
				}
			}
			assertThat(row).as("the unit's row").isNotNull();
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("LHE-44/IU/" + YEAR);
			assertThat(shown(row.getCell(headings.indexOf("Total (TPI)")).getNumericCellValue()))
				.isEqualTo(totals.get(1));
			assertThat(shown(row.getCell(headings.indexOf("Total penilaian mandiri")).getNumericCellValue()))
				.isEqualTo(totals.get(0));
			assertThat(sheet.getLastRowNum()).as("every proposed unit of the period, one row each")
				.isEqualTo(this.jdbc.queryForObject("select count(*) from proposed_unit where period_year = ?",
						Integer.class, YEAR));
		}
		Cookie headXlsx = Sessions.logIn(this.mvc, this.head.username());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				download("/instansi/usulan.xlsx?tahun=" + YEAR, headXlsx, "usulan-ZI-" + YEAR + ".xlsx")))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("only the head's instansi")
				.isEqualTo(this.jdbc.queryForObject("""
						select count(*) from proposed_unit pu join proposal p on p.id = pu.proposal_id
						join institution i on i.id = p.institution_id
						where pu.period_year = ? and i.code = 'BPS'""", Integer.class, YEAR));
		}
	}

	@Test
	void aDesignationPrintsWithEveryWitnessUntilItIsRevoked() throws Exception {
		this.jdbc.update("""
				update proposed_unit set selection = 'LOLOS', selected_by = 'tpn.uji', selected_at = now()
				where work_unit_id = ? and period_year = ?""", this.unit, YEAR);
		this.tpnService.designate(this.unit, YEAR, "SK MenPAN-RB 44/" + YEAR, LocalDate.now(ProgrammeDates.WIB),
				"sk.pdf", TestData.pdf("SK"), this.tpn);

		MockHttpServletResponse response = this.mvc.perform(get("/direktori/" + this.slug + "/penetapan/WBK.pdf"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		String text = oneLine(pdfText(response.getContentAsByteArray()));
		assertThat(text).contains("SK MenPAN-RB 44/" + YEAR)
			.contains(LONG_NAME)
			.contains("WBK (Wilayah Bebas dari Korupsi)")
			.contains("Ni Luh Putu Ayu Kusumawardhani Śrī 1,")
			.contains("Ni Luh Putu Ayu Kusumawardhani Śrī 24,");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			List<PDFont> fonts = new ArrayList<>();
			pdf.getPages().forEach((page) -> page.getResources().getFontNames().forEach((name) -> {
				try {
					fonts.add(page.getResources().getFont(name));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}));
			assertThat(fonts).as("every font embedded").isNotEmpty().allMatch(PDFont::isEmbedded);
			assertThat(pdf.getNumberOfPages()).as("the witnesses run onto a second page").isGreaterThan(1);
		}
		assertThat(this.mvc.perform(get("/direktori/" + this.slug)).andReturn().getResponse().getContentAsString())
			.contains("/direktori/" + this.slug + "/penetapan/WBK.pdf");

		this.tpnService.revoke(this.unit, Predicate.WBK, "Terbukti ada pungutan liar", "SK MenPAN-RB 45/" + YEAR,
				LocalDate.now(ProgrammeDates.WIB), "sk.pdf", TestData.pdf("SK"), this.tpn);
		assertThat(this.mvc.perform(get("/direktori/" + this.slug + "/penetapan/WBK.pdf"))
			.andReturn()
			.getResponse()
			.getStatus()).as("a revoked designation is not printed").isEqualTo(404);
		assertThat(this.mvc.perform(get("/direktori/" + this.slug + "/penetapan/WBBM.pdf"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private Document page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private byte[] download(String path, Cookie session, String fileName) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).as(path).contains("attachment").contains(fileName);
		return response.getContentAsByteArray();
	}

	/** The unit's and the TPI's totals in the result page's score table. */
	private static List<String> totalsOf(Document page) {
		List<String> totals = new ArrayList<>();
		page.select("table.evaluation-scores tr.total").forEach((row) -> {
			if (row.selectFirst("th").text().equals("Total")) {
				row.select("td").stream().skip(1).forEach((cell) -> totals.add(cell.text()));
			}
		});
		return totals;
	}

	static String pdfText(byte[] pdf) throws IOException {
		return Pdfs.text(pdf);
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static String shown(double value) {
		Matcher number = Pattern.compile("(\\d+)\\.(\\d{2})")
			.matcher(String.format(java.util.Locale.ROOT, "%.2f", value));
		assertThat(number.matches()).isTrue();
		return number.group(1) + "," + number.group(2);
	}

}
