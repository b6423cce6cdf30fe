package id.zonaintegritas.pact.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.StaffPages;
import id.zonaintegritas.support.StatementCounting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class PactPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationService declarations;

	StaffPages pages;

	long declaration;

	@BeforeEach
	void newUnitWithDraft() throws Exception {
		this.pages = StaffPages.newUnit(this.mvc, this.jdbc);
		this.declaration = Declarations.draft(this.declarations, this.pages.unit(), this.pages.staff());
	}

	@Test
	void aSigningIsCorrectedAndRemovedAndTheTrailKeepsWhatItSaid() throws Exception {
		this.mvc
			.perform(post(this.pages.path("/pakta")).with(csrf())
				.cookie(this.pages.session())
				.param("signatoryName", "Rina Susant")
				.param("nip", "198503152010012001")
				.param("position", "Statistisi")
				.param("role", "PEGAWAI")
				.param("signedOn", "2024-05-02"))
			.andExpect(redirectedUrl(this.pages.path("/pakta")));
		long signing = this.jdbc.queryForObject("select id from pact_signing where declaration_id = ?", Long.class,
				this.declaration);
		String list = page("/pakta");

		String refused = this.mvc
			.perform(post(this.pages.path("/pakta/" + signing + "/ubah")).with(csrf())
				.cookie(this.pages.session())
				.param("signatoryName", "")
				.param("nip", "12345")
				.param("position", "Statistisi")
				.param("role", "PEGAWAI")
				.param("signedOn", "2024-05-02"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(post(this.pages.path("/pakta/" + signing + "/ubah")).with(csrf())
				.cookie(this.pages.session())
				.param("signatoryName", "Rina Susanti")
				.param("nip", "198503152010012001")
				.param("position", "Statistisi Ahli Muda")
				.param("role", "PEGAWAI")
				.param("signedOn", "2024-05-02"))
			.andExpect(redirectedUrl(this.pages.path("/pakta")));
		String corrected = this.jdbc.queryForObject(
				"select signatory_name || ' / ' || position from pact_signing " + "where id = ?", String.class,
				signing);
		String check = page("/pakta/" + signing + "/hapus");
		this.mvc
			.perform(post(this.pages.path("/pakta/" + signing + "/hapus")).with(csrf()).cookie(this.pages.session()))
			.andExpect(redirectedUrl(this.pages.path("/pakta")));

		assertThat(list.indexOf("Catat satu penandatanganan")).as("the add form comes before the long list")
			.isLessThan(list.indexOf("id=\"list-heading\""));
		assertThat(list).contains(this.pages.path("/pakta/" + signing + "/ubah"));
		assertValidHtml(list);
		assertThat(refused).as("every problem at once").contains("Wajib diisi.").contains("NIP").contains("12345");
		assertValidHtml(refused);
		assertThat(corrected).isEqualTo("Rina Susanti / Statistisi Ahli Muda");
		assertThat(check).contains("Hapus penandatanganan Rina Susanti?").contains("Jejak audit tetap menyimpan");
		assertValidHtml(check);
		assertThat(this.jdbc.queryForObject("select count(*) from pact_signing where id = ?", Integer.class, signing))
			.isZero();
		assertThat(this.jdbc.queryForList("""
				select action || ' ' || coalesce(before_state ->> 'signatoryName', '') from audit_entry
				where object_type = 'PactSigning' and object_id = ? order by id
				""", String.class, String.valueOf(signing))).containsExactly("PACT_SIGNING_RECORDED ",
				"PACT_SIGNING_CORRECTED Rina Susant", "PACT_SIGNING_REMOVED Rina Susanti");
	}

	@Test
	void oneSigningIsRecordedAndAnInvalidNipIsShownOnItsField() throws Exception {
		this.mvc
			.perform(post(this.pages.path("/pakta")).with(csrf())
				.cookie(this.pages.session())
				.param("signatoryName", "Rina Susanti")
				.param("nip", "19850315 201001 2 001")
				.param("position", "Statistisi")
				.param("role", "PEGAWAI")
				.param("signedOn", "2024-05-02"))
			.andExpect(redirectedUrl(this.pages.path("/pakta")));

		String refused = this.mvc
			.perform(post(this.pages.path("/pakta")).with(csrf())
				.cookie(this.pages.session())
				.param("signatoryName", "Budi <script>")
				.param("nip", "12345")
				.param("position", "Analis")
				.param("role", "PEGAWAI")
				.param("signedOn", "2024-05-02"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refused).contains("NIP &quot;12345&quot; tidak sah")
			.contains("value=\"Budi &lt;script&gt;\"")
			.doesNotContain("<script>");
		assertThat(signings()).isEqualTo(1);
		assertValidHtml(refused);
	}

	@Test
	void aCsvWithABomAndSemicolonsIsImported() throws Exception {
		String csv = "\uFEFFnama;nip;jabatan;peran;tanggal\r\n"
				+ "Indra Warman;;Kepala BPS Kabupaten Serang;PIMPINAN;30/06/2020\r\n"
				+ "Rina Susanti;198503152010012001;Statistisi Ahli Muda;pegawai;2020-06-30\r\n";

		this.mvc.perform(importing(csv)).andExpect(redirectedUrl(this.pages.path("/pakta")));

		assertThat(signings()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select role from pact_signing where declaration_id = ? and nip is null",
				String.class, this.declaration))
			.isEqualTo("PIMPINAN");
	}

	@Test
	void aCsvWithBadLinesIsRefusedWholeAndEveryBadLineIsListed() throws Exception {
		String csv = "nama,nip,jabatan,peran,tanggal\n" + "Rina,198503152010012001,Statistisi,PEGAWAI,2020-06-30\n"
				+ "Budi,12345,Analis,PEGAWAI,2020-06-30\n" + "Sari,198503152010012001,Analis,PEGAWAI,2020-06-30\n"
				+ "Joko,,Analis,KETUA,2020-06-30\n" + ",,Analis,PEGAWAI,31/02/2020\n";

		String html = this.mvc.perform(importing(csv))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Impor ditolak: 5 masalah")
			.contains("Baris 3: NIP &quot;12345&quot; tidak sah")
			.contains("Baris 4: NIP 198503152010012001 sudah menandatangani")
			.contains("Baris 5: Peran &quot;KETUA&quot; tidak dikenal")
			.contains("Baris 6: Tanggal &quot;31/02/2020&quot; tidak sah")
			.as("every problem of a row, not only its first")
			.contains("Baris 6: Nama penanda tangan wajib diisi");
		assertThat(signings()).as("all or nothing").isZero();
		assertValidHtml(html);
	}

	@Test
	void tenThousandLinesImportInOneGo() throws Exception {
		StringBuilder csv = new StringBuilder("nama;nip;jabatan;peran;tanggal\n");
		for (int i = 0; i < 10_000; i++) {
			csv.append("Pegawai ")
				.append(i)
				.append(";19800101200501")
				.append(1 + i % 2)
				.append(String.format("%03d", i % 1000))
				.append(";Analis;PEGAWAI;2024-05-02\n");
		}
		// NIPs repeat every 2,000 lines in this file; make them unique by varying the
		// birth day.
		String unique = uniqueNips(csv.toString());

		this.mvc.perform(importing(unique)).andExpect(redirectedUrl(this.pages.path("/pakta")));

		assertThat(signings()).isEqualTo(10_000);
	}

	@Test
	void theTemplateAndTheExportAreExcelFriendlyCsvAndFormulasAreDefused() throws Exception {
		this.mvc.perform(post(this.pages.path("/pakta")).with(csrf())
			.cookie(this.pages.session())
			.param("signatoryName", "=HYPERLINK(\"http://x\")")
			.param("position", "Analis")
			.param("role", "PENDUKUNG_EKSTERNAL")
			.param("signedOn", "2024-05-02"));

		byte[] template = this.mvc.perform(get(this.pages.path("/pakta/template.csv")).cookie(this.pages.session()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String export = new String(
				this.mvc.perform(get(this.pages.path("/pakta/ekspor.csv")).cookie(this.pages.session()))
					.andReturn()
					.getResponse()
					.getContentAsByteArray(),
				StandardCharsets.UTF_8);

		assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFFnama;nip;jabatan;peran;tanggal\r\n");
		assertThat(export).contains("'=HYPERLINK").contains(";PENDUKUNG_EKSTERNAL;2024-05-02");
	}

	@Test
	void signingsAreSearchedAndPaged() throws Exception {
		StringBuilder csv = new StringBuilder("nama;nip;jabatan;peran;tanggal\n");
		for (int i = 0; i < 60; i++) {
			csv.append("Orang ")
				.append(i)
				.append(";;")
				.append(i == 7 ? "Pranata Humas" : "Analis")
				.append(";PENDUKUNG_EKSTERNAL;2024-05-02\n");
		}
		this.mvc.perform(importing(csv.toString()));

		String first = page("/pakta");
		String search = page("/pakta?cari=humas");

		assertThat(first).contains("Halaman 1 dari 2").contains("Berikutnya");
		assertThat(search).contains("Orang 7").doesNotContain("Orang 8").doesNotContain("Halaman 1 dari");
		assertValidHtml(first);
	}

	@Test
	void aRowReadsAsTheTeamReadsItInEitherLanguageAndThePageReadsItsDeclarationOnce() throws Exception {
		this.mvc.perform(importing("""
				nama;nip;jabatan;peran;tanggal
				Wulan Sari;;Pranata Humas;PENDUKUNG_EKSTERNAL;2024-05-02
				Budi Santoso;198503152010011001;Statistisi;PEGAWAI;2024-05-03
				"""));
		long wulan = this.jdbc.queryForObject(
				"select id from pact_signing where signatory_name = 'Wulan Sari' and declaration_id = ?", Long.class,
				this.declaration);

		page("/pakta"); // takes the import's message from the session
		StatementCounting.reset();
		String list = page("/pakta");
		List<String> statements = StatementCounting.sql();
		int commits = StatementCounting.commits();
		String english = page("/pakta?lang=en");

		assertThat(list).as("by role, then name: staff before external supporters")
			.containsSubsequence("Budi Santoso", "198503152010011001", "Pegawai", "3 Mei 2024", "Wulan Sari", "—",
					"Pranata Humas", "Pendukung eksternal", "2 Mei 2024")
			.contains("href=\"" + this.pages.path("/pakta/" + wulan + "/ubah") + "\"")
			.contains("aria-label=\"Perbaiki penandatanganan Wulan Sari\"")
			.contains("href=\"" + this.pages.path("/pakta/" + wulan + "/hapus") + "\"")
			.contains("aria-label=\"Hapus penandatanganan Wulan Sari\"");
		assertThat(english).contains("External supporter")
			.contains("May 2, 2024")
			.contains("aria-label=\"Correct the signing of Wulan Sari\"")
			.contains("aria-label=\"Remove the signing of Wulan Sari\"");
		assertThat(statements).as("the declaration and the unit are read once each")
			.filteredOn((sql) -> sql.contains("from witness") || sql.contains("from unit_listing"))
			.hasSize(2);
		assertThat(commits).as("the page's other reads are single statements: only the list has a transaction")
			.isEqualTo(1);
		assertValidHtml(english);
	}

	@Test
	void theListSendsTheSameStatementsHoweverManySigningsItHas() throws Exception {
		this.mvc.perform(importing("nama;nip;jabatan;peran;tanggal\nWulan Sari;;Analis;PEGAWAI;2024-05-02\n"));
		StatementCounting.reset();
		page("/pakta");
		List<String> one = StatementCounting.sql();

		StringBuilder csv = new StringBuilder("nama;nip;jabatan;peran;tanggal\n");
		for (int i = 0; i < 120; i++) {
			csv.append("Orang ").append(i).append(";;Analis;PENDUKUNG_EKSTERNAL;2024-05-02\n");
		}
		this.mvc.perform(importing(csv.toString()));
		StatementCounting.reset();
		page("/pakta?halaman=2");
		List<String> many = StatementCounting.sql();

		// The session's own writes (a flash message read, the last access) come and go.
		assertThat(withoutSession(many)).hasSameSizeAs(withoutSession(one));
	}

	private static List<String> withoutSession(List<String> statements) {
		return statements.stream().filter((sql) -> !sql.contains("SPRING_SESSION")).toList();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(this.pages.path(path)).cookie(this.pages.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.springframework.test.web.servlet.RequestBuilder importing(String csv) {
		return multipart(this.pages.path("/pakta/impor"))
			.file(new MockMultipartFile("file", "pakta.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.cookie(this.pages.session());
	}

	private static String uniqueNips(String csv) {
		StringBuilder out = new StringBuilder();
		String[] lines = csv.split("\n");
		out.append(lines[0]).append('\n');
		for (int i = 1; i < lines.length; i++) {
			int n = i - 1;
			String nip = String.format("19%02d%02d%02d200501%d%03d", 60 + (n / 400) % 30, 1 + (n / 30) % 12, 1 + n % 28,
					1 + (n / 12000) % 2, n % 1000);
			String[] cells = lines[i].split(";");
			out.append(cells[0])
				.append(';')
				.append(nip)
				.append(';')
				.append(cells[2])
				.append(';')
				.append(cells[3])
				.append(';')
				.append(cells[4])
				.append('\n');
		}
		return out.toString();
	}

	private int signings() {
		return this.jdbc.queryForObject("select count(*) from pact_signing where declaration_id = ?", Integer.class,
				this.declaration);
	}

}
