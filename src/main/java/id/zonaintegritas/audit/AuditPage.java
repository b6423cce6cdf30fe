package id.zonaintegritas.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries, with the unit's name where there is one
 * @param page the page, from 0
 * @param size entries per page
 * @param hasNext whether another page follows
 */
public record AuditPage(List<AuditLine> entries, int page, int size, boolean hasNext) {

	/**
	 * An audit entry and the name of its unit.
	 *
	 * @param entry the entry
	 * @param unitName the unit's name, or {@code null}
	 */
	public record AuditLine(AuditEntry entry, String unitName) {
	}

}
