package id.zonaintegritas.oversight;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.BindParam;

/**
 * What to read from the audit trail, bound from the address; every part is optional.
 *
 * @param unitName part of a unit's name
 * @param actor the user who acted
 * @param from the first day
 * @param to the last day
 */
public record AuditFilter(@BindParam("unit") String unitName, @BindParam("pengguna") String actor,
		@BindParam("dari") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@BindParam("sampai") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** The whole trail. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null);
	}

}
