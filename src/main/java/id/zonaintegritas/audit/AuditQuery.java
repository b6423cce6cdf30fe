package id.zonaintegritas.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * What to read from the audit trail. {@code institutionScope} null means everything (an
 * administrator); otherwise only entries about units of these institutions (a reviewer).
 *
 * @param institutionScope the institutions whose units the reader may see, or
 * {@code null} for all
 * @param unitName part of a unit's name, or {@code null}
 * @param actor the user who acted, or {@code null}
 * @param from the first day, or {@code null}
 * @param to the last day, or {@code null}
 */
public record AuditQuery(List<Long> institutionScope, String unitName, String actor, LocalDate from, LocalDate to) {
}
