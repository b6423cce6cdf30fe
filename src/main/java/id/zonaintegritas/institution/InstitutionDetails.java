package id.zonaintegritas.institution;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.Text;

/**
 * What an administrator gives for an instansi.
 *
 * @param code its short code (upper case letters, digits and dashes)
 * @param name its name
 * @param kind ministry or agency, province, or regency/city
 * @param regionCode for a regional government, its province or regency/city
 */
public record InstitutionDetails(String code, String name, InstitutionKind kind, String regionCode) {

	@ColumnLimit(table = "institution", column = "code")
	public static final int CODE_LENGTH = 30;

	@ColumnLimit(table = "institution", column = "name")
	public static final int NAME_LENGTH = 200;

	void requireLengths() {
		Text.requireAtMost(this.code, CODE_LENGTH, "institution.code");
		Text.requireAtMost(this.name, NAME_LENGTH, "institution.name");
	}

}
