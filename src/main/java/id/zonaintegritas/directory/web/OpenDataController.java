package id.zonaintegritas.directory.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import id.zonaintegritas.directory.Directory;
import id.zonaintegritas.directory.OpenDataRow;
import id.zonaintegritas.shared.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The directory as open data, streamed row by row: CSV (comma-separated, UTF-8) and JSON
 * (an array of objects with the same field names). The columns are documented in
 * {@code docs/open-data.md}.
 */
@Controller
class OpenDataController {

	private final Directory directory;

	private final JsonMapper json = JsonMapper.builder().build();

	OpenDataController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/data/unit-kerja.csv")
	void csv(HttpServletResponse response) throws IOException {
		prepare(response, "text/csv;charset=UTF-8");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(OpenDataRow.COLUMNS).get().print(writer)) {
			this.directory.streamOpenData((row) -> {
				try {
					// Names are typed by people: one that starts like a formula is
					// written as text, as in the portal's other CSV files.
					csv.printRecord(row.slug(), SpreadsheetText.defuse(row.nama()),
							SpreadsheetText.defuse(row.instansi()), row.kodeInstansi(), row.kodeWilayah(),
							SpreadsheetText.defuse(row.wilayah()), SpreadsheetText.defuse(row.provinsi()), row.tahap(),
							row.predikat(), row.tanggalPencanangan(), row.jumlahPegawai(), row.periodeUsulan(),
							row.tanggalUsulan(), row.seleksiTpn(), row.hasilTpn(),
							SpreadsheetText.defuse(row.nomorSk()), row.tanggalSk(), row.berkasSk(),
							row.tanggalPencabutan(), row.periodeIpak(), row.ipak(), row.respondenIpak(),
							row.periodeIpkp(), row.ipkp(), row.respondenIpkp(), row.slugInduk());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	@GetMapping("/data/unit-kerja.json")
	void json(HttpServletResponse response) throws IOException {
		prepare(response, "application/json");
		try (JsonGenerator generator = this.json.createGenerator(response.getOutputStream())) {
			generator.writeStartArray();
			this.directory.streamOpenData((row) -> {
				generator.writeStartObject();
				generator.writeStringProperty("slug", row.slug());
				generator.writeStringProperty("nama", row.nama());
				generator.writeStringProperty("instansi", row.instansi());
				generator.writeStringProperty("kode_instansi", row.kodeInstansi());
				generator.writeStringProperty("kode_wilayah", row.kodeWilayah());
				generator.writeStringProperty("wilayah", row.wilayah());
				generator.writeStringProperty("provinsi", row.provinsi());
				generator.writeStringProperty("tahap", row.tahap());
				generator.writeStringProperty("predikat", row.predikat());
				generator.writeStringProperty("tanggal_pencanangan", row.tanggalPencanangan());
				generator.writeNumberProperty("jumlah_pegawai", row.jumlahPegawai());
				if (row.periodeUsulan() != null) {
					generator.writeNumberProperty("periode_usulan", row.periodeUsulan());
				}
				else {
					generator.writeNullProperty("periode_usulan");
				}
				generator.writeStringProperty("tanggal_usulan", text(row.tanggalUsulan()));
				generator.writeStringProperty("seleksi_tpn", row.seleksiTpn());
				generator.writeStringProperty("hasil_tpn", row.hasilTpn());
				generator.writeStringProperty("nomor_sk", row.nomorSk());
				generator.writeStringProperty("tanggal_sk", text(row.tanggalSk()));
				generator.writeStringProperty("berkas_sk", row.berkasSk());
				generator.writeStringProperty("tanggal_pencabutan", text(row.tanggalPencabutan()));
				number(generator, "periode_ipak", row.periodeIpak());
				number(generator, "ipak", row.ipak());
				number(generator, "responden_ipak", row.respondenIpak());
				number(generator, "periode_ipkp", row.periodeIpkp());
				number(generator, "ipkp", row.ipkp());
				number(generator, "responden_ipkp", row.respondenIpkp());
				generator.writeStringProperty("slug_induk", row.slugInduk());
				generator.writeEndObject();
			});
			generator.writeEndArray();
		}
	}

	private static void number(JsonGenerator generator, String name, Number value) {
		if (value == null) {
			generator.writeNullProperty(name);
		}
		else if (value instanceof java.math.BigDecimal decimal) {
			generator.writeNumberProperty(name, decimal);
		}
		else {
			generator.writeNumberProperty(name, value.intValue());
		}
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static void prepare(HttpServletResponse response, String contentType) {
		response.setContentType(contentType);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic().getHeaderValue());
		response.setHeader("Access-Control-Allow-Origin", "*");
	}

}
