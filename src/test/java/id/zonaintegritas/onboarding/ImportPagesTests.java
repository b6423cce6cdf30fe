package id.zonaintegritas.onboarding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's bulk imports as pages: templates, a whole file imported (CSV and
 * XLSX, parents in the same file), a bad file refused with every problem of every row and
 * nothing stored, accounts that get their password link and TPI teams.
 */
@PortalIntegrationTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Cookie admin;

	String suffix;

	@BeforeEach
	void logIn() throws Exception {
		this.admin = Sessions.logIn(this.mvc, "admin");
		this.suffix = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void thePageDescribesEveryImportAndItsTemplatesHaveTheColumns() throws Exception {
		String page = this.mvc.perform(get("/admin/impor").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(page);
		assertThat(page).contains("Impor massal", "kode_wilayah", "jumlah_pegawai", "Tim TPI",
				"/admin/impor/unit-kerja/templat.xlsx");

		byte[] csv = this.mvc.perform(get("/admin/impor/unit-kerja/templat.csv").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFinstansi;nama;slug;kode_wilayah;alamat;jumlah_pegawai;induk\r\n");
		byte[] xlsx = this.mvc.perform(get("/admin/impor/akun/templat.xlsx").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("username");
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("instansi");
		}
		this.mvc.perform(get("/admin/impor/tidak-ada/templat.csv").cookie(this.admin)).andExpect(status().isNotFound());
	}

	@Test
	void institutionsAndTheirUnitsAreImportedWholeWithParentsFromTheSameFile() throws Exception {
		String code = "UJI-" + this.suffix.toUpperCase();
		this.mvc.perform(upload("institusi", "instansi.csv", """
				kode,nama,jenis,kode_wilayah
				%s,Badan Uji %s,KEMENTERIAN_LEMBAGA,
				""".formatted(code, this.suffix).getBytes(StandardCharsets.UTF_8)))
			.andExpect(redirectedUrl("/admin/impor"));
		byte[] units = workbook(new String[] { "nama", "instansi", "kode_wilayah", "jumlah_pegawai", "induk", "slug" },
				new String[] { "Kantor Wilayah Uji " + this.suffix, code, "16", "120", "", "kanwil-" + this.suffix },
				new String[] { "UPT Palembang Uji " + this.suffix, code, "16.71", "35", "kanwil-" + this.suffix, "" },
				new String[] { "UPT Lahat Uji " + this.suffix, code, "16.04", "18", "kanwil-" + this.suffix, "" });

		String landing = this.mvc.perform(upload("unit-kerja", "unit.xlsx", units))
			.andExpect(redirectedUrl("/admin/impor"))
			.andReturn()
			.getFlashMap()
			.toString();

		assertThat(landing).contains("created=3", "format=XLSX");
		assertThat(this.jdbc.queryForList("""
				select u.name from work_unit u join work_unit p on p.id = u.parent_id
				where p.slug = ? order by u.name""", String.class, "kanwil-" + this.suffix))
			.containsExactly("UPT Lahat Uji " + this.suffix, "UPT Palembang Uji " + this.suffix);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'WORK_UNITS_IMPORTED' and summary = '3'",
				Integer.class))
			.isPositive();
	}

	@Test
	void aBadFileIsRefusedWithEveryProblemOfEveryRowAndNothingIsStored() throws Exception {
		int unitsBefore = count("work_unit");
		String csv = """
				instansi;nama;slug;kode_wilayah;jumlah_pegawai;induk
				BPS;Unit Baik %1$s;;36.04;10;
				TIDAK-ADA;Unit Tanpa Instansi %1$s;;36.04;10;
				BPS;Unit Wilayah Salah %1$s;;99.99;nol;
				BPS;;bps-kabupaten-serang;36.04;10;
				BPS;Putaran A %1$s;putaran-a-%1$s;36.04;5;putaran-b-%1$s
				BPS;Putaran B %1$s;putaran-b-%1$s;36.04;5;putaran-a-%1$s
				BPS;Induk Lain %1$s;;36.04;5;balai-besar-pom-serang
				""".formatted(this.suffix);

		String page = this.mvc.perform(upload("unit-kerja", "unit.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertValidHtml(page);
		assertThat(page).contains("Impor Unit kerja ditolak: 8 masalah", "Tidak ada data yang disimpan",
				"Baris 3: Tidak ada instansi berkode &quot;TIDAK-ADA&quot;.", "Baris 4: Wilayah 99.99 tidak dikenal.",
				"Baris 4: Jumlah pegawai antara 1 dan 100.000.", "Baris 5: Kolom nama wajib diisi.",
				"Baris 5: Alamat publik &quot;bps-kabupaten-serang&quot; sudah dipakai unit lain.",
				"Baris 6: Unit &quot;putaran-a-" + this.suffix + "&quot; akhirnya berada di bawah dirinya sendiri",
				"Baris 7: Unit &quot;putaran-b-" + this.suffix + "&quot; akhirnya berada di bawah dirinya sendiri",
				"Baris 8: Unit induk harus dari instansi yang sama");
		assertThat(page).doesNotContain("Baris 2:");
		assertThat(count("work_unit")).as("not even the good row").isEqualTo(unitsBefore);
	}

	@Test
	void importedAccountsAreSentTheirLinkAndNoPasswordIsShown() throws Exception {
		String csv = """
				username;nama;surel;peran;unit;instansi
				staf.impor.%1$s;Staf Impor;staf.%1$s@contoh.go.id;STAF;bps-kabupaten-serang;
				inspektorat.impor.%1$s;Inspektur Impor;insp.%1$s@contoh.go.id;inspektorat;;bps
				""".formatted(this.suffix);

		String flash = this.mvc.perform(upload("akun", "akun.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(redirectedUrl("/admin/impor"))
			.andReturn()
			.getFlashMap()
			.toString();

		assertThat(flash).contains("created=2").doesNotContainIgnoringCase("password");
		assertThat(this.jdbc.queryForList(
				"""
						select a.username from account a join account_work_unit w on w.account_id = a.id
						join work_unit u on u.id = w.work_unit_id where u.slug = 'bps-kabupaten-serang' and a.username like ?""",
				String.class, "%" + this.suffix))
			.containsExactly("staf.impor." + this.suffix);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from password_setup s join account a on a.id = s.account_id where a.username like ?""",
				Integer.class, "%" + this.suffix))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from outgoing_mail where recipient_email like ?",
				Integer.class, "%" + this.suffix + "@%"))
			.isEqualTo(2);

		String again = this.mvc.perform(upload("akun", "akun.csv", (csv + """
				tanpa.unit.%1$s;Tanpa Unit;tanpa.%1$s@contoh.go.id;STAF;;
				tanpa.unit.%1$s;Ganda;ganda.%1$s@contoh.go.id;DIREKTUR;;
				""".formatted(this.suffix)).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("Baris 2: Nama pengguna &quot;staf.impor." + this.suffix + "&quot; sudah dipakai.",
				"Baris 3: Nama pengguna &quot;inspektorat.impor." + this.suffix + "&quot; sudah dipakai.",
				"Baris 4: Staf harus terikat pada sedikitnya satu unit kerja.",
				"Baris 5: Nama pengguna &quot;tanpa.unit." + this.suffix + "&quot; sudah dipakai di baris 4",
				"Baris 5: Peran &quot;DIREKTUR&quot; tidak dikenal");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username like ?", Integer.class,
				"%" + this.suffix))
			.isEqualTo(2);
	}

	@Test
	void tpiTeamsAreSetFromOneRowPerMemberAndATeamWithoutItsLeadIsRefused() throws Exception {
		Actor lead = TestData.reviewerOf(this.jdbc, "BPS");
		Actor evaluator = TestData.reviewerOf(this.jdbc, "BPS");
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
		int year = Year.now(ProgrammeDates.WIB).getValue();

		String refused = this.mvc.perform(upload("tim-tpi", "tim.csv", """
				unit;tahun;username;peran
				%s;%d;%s;EVALUATOR
				""".formatted(slug, year, evaluator.username()).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Baris 2: Tim memerlukan seorang ketua tim");

		this.mvc.perform(upload("tim-tpi", "tim.csv", """
				unit;tahun;username;peran
				%1$s;%2$d;%3$s;EVALUATOR
				%1$s;%2$d;%4$s;KETUA
				""".formatted(slug, year, evaluator.username(), lead.username()).getBytes(StandardCharsets.UTF_8)))
			.andExpect(redirectedUrl("/admin/impor"));
		assertThat(this.jdbc.queryForList(
				"select username || ':' || role from tpi_team_member where work_unit_id = ? and period_year = ? order by role",
				String.class, unit, year))
			.containsExactly(evaluator.username() + ":EVALUATOR", lead.username() + ":LEAD");
	}

	@Test
	void aFileThatIsNotATableIsRefusedWithItsReason() throws Exception {
		this.mvc.perform(upload("institusi", "foto.xlsx", TestData.png())).andExpect(status().isUnprocessableContent());
		String page = this.mvc
			.perform(upload("institusi", "instansi.csv", "nama\nBadan Tanpa Kode\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kolom wajib tidak ada di baris judul: kode, jenis.");
	}

	private RequestBuilder upload(String kind, String fileName, byte[] content) {
		return multipart("/admin/impor/" + kind).file(new MockMultipartFile("file", fileName, null, content))
			.with(csrf())
			.cookie(this.admin);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static byte[] workbook(String[] header, String[]... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("unit");
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (c == 3) {
						row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
					}
					else {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

}
