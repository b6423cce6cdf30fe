package id.zonaintegritas.directory;

import java.math.BigDecimal;
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
 * @param tanggalPencanangan the date of its latest submitted declaration in ISO 8601 with
 * only what is known of it ({@code 2021-06-07}, {@code 2021-06} or {@code 2021}), or
 * {@code null}
 * @param jumlahPegawai its staff count
 * @param periodeUsulan the period of its latest proposal to KemenPAN-RB, or {@code null}
 * @param tanggalUsulan the day of that proposal, or {@code null}
 * @param seleksiTpn the TPN's administrative selection of it, or {@code null}
 * @param hasilTpn the TPN's result, or {@code null}
 * @param nomorSk the number of its latest decree of designation, or {@code null}
 * @param tanggalSk that decree's date, or {@code null}
 * @param berkasSk the address of the decree's file, or {@code null}
 * @param tanggalPencabutan the date that designation was revoked, or {@code null}
 * @param periodeIpak the period of its latest IPAK, or {@code null}
 * @param ipak its latest IPAK from the portal's SPAK survey, or {@code null}
 * @param respondenIpak that survey's sample, or {@code null}
 * @param periodeIpkp the period of its latest IPKP, or {@code null}
 * @param ipkp its latest IPKP from the portal's SPKP survey, or {@code null}
 * @param respondenIpkp that survey's sample, or {@code null}
 * @param slugInduk the public identifier of the unit it sits under, or {@code null}
 */
public record OpenDataRow(String slug, String nama, String instansi, String kodeInstansi, String kodeWilayah,
		String wilayah, String provinsi, String tahap, String predikat, String tanggalPencanangan, int jumlahPegawai,
		Integer periodeUsulan, LocalDate tanggalUsulan, String seleksiTpn, String hasilTpn, String nomorSk,
		LocalDate tanggalSk, String berkasSk, LocalDate tanggalPencabutan, Integer periodeIpak, BigDecimal ipak,
		Integer respondenIpak, Integer periodeIpkp, BigDecimal ipkp, Integer respondenIpkp, String slugInduk) {

	public static final String[] COLUMNS = { "slug", "nama", "instansi", "kode_instansi", "kode_wilayah", "wilayah",
			"provinsi", "tahap", "predikat", "tanggal_pencanangan", "jumlah_pegawai", "periode_usulan",
			"tanggal_usulan", "seleksi_tpn", "hasil_tpn", "nomor_sk", "tanggal_sk", "berkas_sk", "tanggal_pencabutan",
			"periode_ipak", "ipak", "responden_ipak", "periode_ipkp", "ipkp", "responden_ipkp", "slug_induk" };

}
