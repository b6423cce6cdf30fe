package id.zonaintegritas.onboarding;

import java.util.List;

/**
 * What an administrator imports, the address of its import and its columns, in the order
 * the templates give them.
 */
public enum ImportKind {

	INSTITUTIONS("institusi",
			List.of(new Column("kode", true), new Column("nama", true), new Column("jenis", true),
					new Column("kode_wilayah", false))),

	WORK_UNITS("unit-kerja",
			List.of(new Column("instansi", true), new Column("nama", true), new Column("slug", false),
					new Column("kode_wilayah", true), new Column("alamat", false), new Column("jumlah_pegawai", true),
					new Column("induk", false))),

	ACCOUNTS("akun",
			List.of(new Column("username", true), new Column("nama", true), new Column("surel", true),
					new Column("peran", true), new Column("unit", false), new Column("instansi", false))),

	TPI_TEAMS("tim-tpi", List.of(new Column("unit", true), new Column("tahun", true), new Column("username", true),
			new Column("peran", true)));

	private final String path;

	private final List<Column> columns;

	ImportKind(String path, List<Column> columns) {
		this.path = path;
		this.columns = columns;
	}

	/** Its part of the import's address, {@code /admin/impor/<path>}. */
	public String path() {
		return this.path;
	}

	public List<Column> columns() {
		return this.columns;
	}

	/** The names of the columns a file must have. */
	public List<String> requiredColumns() {
		return this.columns.stream().filter(Column::required).map(Column::name).toList();
	}

	/** The kind imported at this address, or none. */
	public static java.util.Optional<ImportKind> ofPath(String path) {
		for (ImportKind kind : values()) {
			if (kind.path.equals(path)) {
				return java.util.Optional.of(kind);
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * A column of an import file.
	 *
	 * @param name its name in the header
	 * @param required whether a file must have it (a row may still leave an optional
	 * column empty)
	 */
	public record Column(String name, boolean required) {
	}

}
