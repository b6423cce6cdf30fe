package id.zonaintegritas.directory;

import id.zonaintegritas.declaration.DeclarationVersion;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * A replaced version of a unit's declaration, as its public page shows it.
 *
 * @param unit the unit
 * @param version the version an amendment replaced
 * @param current the version in force
 * @param canonicalUrl the page's public address
 */
public record ReplacedVersionView(WorkUnitSummary unit, DeclarationVersion version, DeclarationView current,
		String canonicalUrl) {
}
