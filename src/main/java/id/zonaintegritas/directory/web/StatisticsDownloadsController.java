package id.zonaintegritas.directory.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import id.zonaintegritas.directory.Cohort;
import id.zonaintegritas.directory.PublicPages;
import id.zonaintegritas.directory.StatisticsView.Count;
import id.zonaintegritas.shared.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every chart's and table's numbers on /statistik as CSV, the same figures the page shows
 * (kept per version of the data).
 */
@Controller
class StatisticsDownloadsController {

	private final PublicPages pages;

	StatisticsDownloadsController(PublicPages pages) {
		this.pages = pages;
	}

	/** The provinces' figures: the map's and the table's numbers. */
	@GetMapping("/statistik/provinsi.csv")
	void provinces(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-provinsi.csv",
				new String[] { "kode_provinsi", "provinsi", "unit_kerja", "mencanangkan", "membangun", "wbk", "wbbm",
						"persen_mencanangkan" },
				this.pages.provinces(),
				(province) -> List.of(province.code(), province.name(), province.units(), province.declared(),
						province.building(), province.wbk(), province.wbbm(), province.declaredShare()));
	}

	/**
	 * Every regency and city (and each province, for its units placed at its level), by
	 * code.
	 */
	@GetMapping("/statistik/kabupaten-kota.csv")
	void regions(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-kabupaten-kota.csv",
				new String[] { "kode_wilayah", "wilayah", "jenis", "kode_provinsi", "provinsi", "unit_kerja",
						"mencanangkan", "membangun", "wbk", "wbbm", "persen_mencanangkan", "persen_ditetapkan" },
				this.pages.regions(),
				(region) -> List.of(region.code(), region.name(),
						region.kind().name().toLowerCase(java.util.Locale.ROOT), region.provinceCode(),
						region.provinceName(), region.units(), region.declared(), region.building(), region.wbk(),
						region.wbbm(), region.declaredShare(), region.designatedShare()));
	}

	/** Every institution with units, by name. */
	@GetMapping("/statistik/instansi.csv")
	void institutions(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-instansi.csv",
				new String[] { "kode_instansi", "instansi", "unit_kerja", "mencanangkan", "membangun", "wbk", "wbbm",
						"persen_ditetapkan" },
				this.pages.institutionFigures(),
				(institution) -> List.of(institution.code(), SpreadsheetText.defuse(institution.name()),
						institution.units(), institution.declared(), institution.building(), institution.wbk(),
						institution.wbbm(), institution.designatedShare()));
	}

	/** Each year's declarations, proposals, designations and revocations. */
	@GetMapping("/statistik/tahunan.csv")
	void years(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-tahunan.csv",
				new String[] { "tahun", "mencanangkan", "diusulkan", "ditetapkan", "dicabut" }, this.pages.years(),
				(year) -> List.of(year.year(), year.declared(), year.proposed(), year.designated(), year.revoked()));
	}

	/**
	 * The road: each year's cohort and every cohort together (the line without a year).
	 */
	@GetMapping("/statistik/perjalanan.csv")
	void road(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-perjalanan.csv",
				new String[] { "tahun_pencanangan", "mencanangkan", "mencapai_pembangunan", "mencapai_pengusulan",
						"mencapai_penilaian", "ditetapkan", "median_hari_hingga_penetapan" },
				this.pages.road().rows(),
				(cohort) -> java.util.Arrays.asList((cohort.year() != null) ? cohort.year() : "semua",
						cohort.declared(), cohort.building(), cohort.proposed(), cohort.assessed(), cohort.designated(),
						cohort.medianDays()));
	}

	/** Each period's proposals and what became of them, newest first. */
	@GetMapping("/statistik/periode.csv")
	void periods(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-periode.csv", new String[] { "periode", "diusulkan_wbk", "diusulkan_wbbm",
				"menunggu_seleksi", "lolos_seleksi", "tidak_lolos_seleksi", "ditetapkan", "tidak_ditetapkan" },
				this.pages.periods(),
				(period) -> List.of(period.year(), period.proposedWbk(), period.proposedWbbm(),
						period.awaitingSelection(), period.selected(), period.notSelected(), period.designated(),
						period.notDesignated()));
	}

	/** Units by stage ({@code BELUM}: not declared yet), in the stages' order. */
	@GetMapping("/statistik/tahap.csv")
	void stages(HttpServletResponse response) throws IOException {
		counts(response, "zona-integritas-tahap.csv", "tahap", this.pages.statistics().byStage());
	}

	/** Units by the predicate they hold. */
	@GetMapping("/statistik/predikat.csv")
	void predicates(HttpServletResponse response) throws IOException {
		counts(response, "zona-integritas-predikat.csv", "predikat", this.pages.statistics().byPredicate());
	}

	/** The units with the most units below them, by their public address. */
	@GetMapping("/statistik/induk.csv")
	void parents(HttpServletResponse response) throws IOException {
		write(response, "zona-integritas-induk.csv", new String[] { "slug", "unit_kerja", "unit_di_bawahnya" },
				this.pages.statistics().largestParents(),
				(count) -> List.of(count.key(), SpreadsheetText.defuse(count.label()), count.count()));
	}

	private static void counts(HttpServletResponse response, String fileName, String column, List<Count> counts)
			throws IOException {
		write(response, fileName, new String[] { column, "unit_kerja" }, counts,
				(count) -> List.of(count.key(), count.count()));
	}

	/** A download of the page's numbers, one row per item, short-lived in caches. */
	private static <T> void write(HttpServletResponse response, String fileName, String[] header, List<T> items,
			Function<T, List<?>> row) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
		try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader(header)
					.setRecordSeparator("\r\n")
					.get()
					.print(writer)) {
			for (T item : items) {
				csv.printRecord(row.apply(item));
			}
		}
	}

}
