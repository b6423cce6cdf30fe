package id.zonaintegritas.institution;

/**
 * A region for forms and filters.
 *
 * @param code the Kemendagri code
 * @param name the name
 * @param kind province, regency or city
 * @param provinceName the province it lies in (itself for a province)
 */
public record RegionView(String code, String name, RegionKind kind, String provinceName) {

	/**
	 * The region followed by its province (Kabupaten Serang, Banten), or a province
	 * alone.
	 */
	public String label() {
		return (this.kind == RegionKind.PROVINSI) ? this.name : this.name + ", " + this.provinceName;
	}

}
