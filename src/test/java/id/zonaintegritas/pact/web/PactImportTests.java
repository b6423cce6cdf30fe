package id.zonaintegritas.pact.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.StaffPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A CSV import stores exactly what the file says, or nothing: it decodes strictly,
 * reports every problem of every row at the row's own line, and stays bounded however bad
 * the file.
 */
@PortalIntegrationTest
class PactImportTests {

	static final String HEADER = "nama;nip;jabatan;peran;tanggal\r\n";

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
	void aWindows1252FileFromExcelIsReadAsWindows1252AndSaysSo() throws Exception {
		byte[] file = (HEADER + "José Müller;;Kepala Seksi;PEGAWAI;02/05/2024\r\n")
			.getBytes(Charset.forName("windows-1252"));

		this.mvc.perform(importing(file)).andExpect(redirectedUrl(this.pages.path("/pakta")));

		assertThat(this.jdbc.queryForList("select signatory_name from pact_signing where declaration_id = ?",
				String.class, this.declaration))
			.containsExactly("José Müller");
		assertThat(this.mvc.perform(get(this.pages.path("/pakta")).cookie(this.pages.session()))
			.andReturn()
			.getFlashMap()
			.isEmpty()).isTrue();
	}

	@Test
	void theImportNamesTheEncodingItRead() throws Exception {
		byte[] file = (HEADER + "José Müller;;Kepala Seksi;PEGAWAI;02/05/2024\r\n")
			.getBytes(Charset.forName("windows-1252"));

		Object imported = this.mvc.perform(importing(file)).andReturn().getFlashMap().get("imported");

		assertThat(imported).hasToString("PactImport[imported=1, encoding=Windows-1252]");
	}

	@Test
	void aUtf8FileWithOrWithoutAByteOrderMarkIsReadAsUtf8() throws Exception {
		byte[] plain = (HEADER + "Ni Luh Putu Ayu;;Analis;PEGAWAI;2024-05-02\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] marked = ("\uFEFF" + HEADER + "Nguyễn Thị Ánh;;Analis;PEGAWAI;2024-05-02\r\n")
			.getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(importing(plain)).andExpect(redirectedUrl(this.pages.path("/pakta")));
		this.mvc.perform(importing(marked)).andExpect(redirectedUrl(this.pages.path("/pakta")));

		assertThat(this.jdbc.queryForList(
				"select signatory_name from pact_signing where declaration_id = ? order by signatory_name",
				String.class, this.declaration))
			.containsExactlyInAnyOrder("Ni Luh Putu Ayu", "Nguyễn Thị Ánh");
	}

	@Test
	void textThatIsNeitherUtf8NorWindows1252IsRefusedNotStoredWithReplacementCharacters() throws Exception {
		// 0x81 is not a character in Windows-1252, and not valid UTF-8 here either.
		byte[] file = (HEADER + "Budi;;Analis;PEGAWAI;2024-05-02\r\n").getBytes(StandardCharsets.US_ASCII);
		file[HEADER.length() + 1] = (byte) 0x81;

		String html = refused(file);

		assertThat(html).contains("bukan teks UTF-8 maupun Windows-1252");
		assertThat(signings()).isZero();
	}

	@Test
	void replacementCharactersAlreadyInTheFileAreRefused() throws Exception {
		String html = refused(
				(HEADER + "Jos\uFFFD M\uFFFDller;;Analis;PEGAWAI;2024-05-02\r\n").getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Baris 2: Baris ini berisi karakter pengganti");
		assertThat(signings()).isZero();
	}

	@Test
	void everyProblemOfARowIsReportedAtOnceAtTheLineItStartsOnEvenAfterQuotedLineBreaks() throws Exception {
		String csv = HEADER + "\"Rina\nSusanti\";;\"Statistisi\nAhli Muda\";PEGAWAI;2024-05-02\r\n"
				+ ";12345;;KETUA;31/02/2024\r\n";

		String html = refused(csv.getBytes(StandardCharsets.UTF_8));

		// The first record spans lines 2 to 4; the second starts on line 5.
		assertThat(html).contains("Impor ditolak: 5 masalah")
			.containsSubsequence("Baris 5: Nama penanda tangan wajib diisi", "Baris 5: NIP &quot;12345&quot; tidak sah",
					"Baris 5: Jabatan penanda tangan wajib diisi", "Baris 5: Peran &quot;KETUA&quot; tidak dikenal",
					"Baris 5: Tanggal &quot;31/02/2024&quot; tidak sah");
	}

	@Test
	void cellsLongerThanTheirColumnsAreReportedNotStoredOrFailed() throws Exception {
		String html = refused((HEADER + "x".repeat(151) + ";;" + "y".repeat(201) + ";PEGAWAI;2024-05-02\r\n")
			.getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Baris 2: Nama penanda tangan terlalu panjang: paling banyak 150 karakter.")
			.contains("Baris 2: Jabatan terlalu panjang: paling banyak 200 karakter.");
		assertThat(signings()).isZero();
	}

	@Test
	void aShortRowIsReportedAtItsOwnLine() throws Exception {
		String html = refused(
				(HEADER + "Rina;;Analis;PEGAWAI;2024-05-02\r\nBudi;;Analis\r\n").getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Baris 3: Baris ini hanya berisi 3 kolom; diperlukan 5.");
	}

	@Test
	void anUnclosedQuoteIsReportedWhereItOpensWithoutAnError() throws Exception {
		String html = refused((HEADER + "Rina;;Analis;PEGAWAI;2024-05-02\r\n\"Budi;;Analis;PEGAWAI;2024-05-02\r\n")
			.getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Baris 3: Tanda kutip yang dibuka pada baris ini tidak pernah ditutup");
		assertThat(signings()).isZero();
	}

	@Test
	void aVeryLongHeaderLineIsReadLikeAnyOther() throws Exception {
		String header = "nama;nip;jabatan;peran;tanggal;" + "catatan".repeat(1500) + "\r\n";

		this.mvc.perform(importing((header + "Rina;;Analis;PEGAWAI;2024-05-02;x\r\n").getBytes(StandardCharsets.UTF_8)))
			.andExpect(redirectedUrl(this.pages.path("/pakta")));

		assertThat(signings()).isOne();
	}

	@Test
	void datesThatCannotBeRealAreRefused() throws Exception {
		String tomorrow = LocalDate.now(ProgrammeDates.WIB).plusDays(2).toString();
		String html = refused((HEADER + "A;;Analis;PEGAWAI;0001-01-01\r\nB;;Analis;PEGAWAI;2013-12-31\r\n"
				+ "C;;Analis;PEGAWAI;" + tomorrow + "\r\n")
			.getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Baris 2: Tanggal penandatanganan tidak mungkin sebelum program")
			.contains("Baris 3: Tanggal penandatanganan tidak mungkin sebelum program")
			.contains("Baris 4: Tanggal penandatanganan tidak boleh di masa depan");
	}

	@Test
	void aHugeBadFileListsABoundedNumberOfProblemsWithTheirTotal() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 19_999; i++) {
			csv.append("Orang ").append(i).append(";123;Analis;PEGAWAI;2024-05-02\r\n");
		}

		String html = refused(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Impor ditolak: 19.999 masalah")
			.contains("100 masalah pertama dari 19.999 ditampilkan");
		assertThat(html.length()).as("the page stays small").isLessThan(120_000);
	}

	@Test
	void aFileOverTheRowLimitIsRefusedWhole() throws Exception {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 20_001; i++) {
			csv.append("Orang ").append(i).append(";;Analis;PENDUKUNG_EKSTERNAL;2024-05-02\r\n");
		}

		String html = refused(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(html).contains("Berkas berisi lebih dari 20.000 baris data");
		assertThat(signings()).isZero();
	}

	private String refused(byte[] file) throws Exception {
		return this.mvc.perform(importing(file))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long signings() {
		return this.jdbc.queryForObject("select count(*) from pact_signing where declaration_id = ?", Long.class,
				this.declaration);
	}

	private RequestBuilder importing(byte[] file) {
		return multipart(this.pages.path("/pakta/impor"))
			.file(new MockMultipartFile("file", "pakta.csv", "text/csv", file))
			.with(csrf())
			.cookie(this.pages.session());
	}

}
