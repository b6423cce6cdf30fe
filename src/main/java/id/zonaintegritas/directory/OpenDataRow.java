package id.zonaintegritas.directory;

import java.time.LocalDate;

/**
 * One unit in the open data. Field names are stable: they are the published columns.
 *
 * @param slug the unit's public address
 * @param nama its name
 * @param instansi its instansi
 * @param kodeInstansi the instansi's code
 * @param kodeWilayah the Kemendagri code of its region
 * @param wilayah the region's name
 * @param provinsi its province
 * @param tahap its stage
 * @param predikat the predicate it holds, or {@code null}
 * @param tanggalPencanangan the date of its latest submitted declaration, or {@code null}
 * @param jumlahPegawai its staff count
 */
public record OpenDataRow(String slug, String nama, String instansi, String kodeInstansi, String kodeWilayah,
		String wilayah, String provinsi, String tahap, String predikat, LocalDate tanggalPencanangan,
		int jumlahPegawai) {

	public static final String[] COLUMNS = { "slug", "nama", "instansi", "kode_instansi", "kode_wilayah", "wilayah",
			"provinsi", "tahap", "predikat", "tanggal_pencanangan", "jumlah_pegawai" };

}
