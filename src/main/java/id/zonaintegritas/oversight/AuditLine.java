package id.zonaintegritas.oversight;

import id.zonaintegritas.audit.AuditEntry;

/**
 * An audit entry and the name of its unit.
 *
 * @param entry the entry
 * @param unitName the unit's name, or {@code null}
 */
public record AuditLine(AuditEntry entry, String unitName) {
}
