package id.zonaintegritas.declaration;

import java.util.List;

import id.zonaintegritas.shared.ColumnLimit;

/**
 * A correction of a submitted declaration: what it should say now, and why. The version
 * it replaces stays readable on the unit's public page.
 *
 * @param details when, where, who, towards which predicate
 * @param witnesses who witnessed it, in order
 * @param pressLinks the press coverage
 * @param reason why the public record is corrected
 */
public record DeclarationAmendment(DeclarationDetails details, List<Witness> witnesses, List<PressLink> pressLinks,
		String reason) {

	@ColumnLimit(table = "declaration_version", column = "amendment_reason")
	public static final int REASON_LENGTH = 2000;

	public DeclarationAmendment {
		witnesses = List.copyOf(witnesses);
		pressLinks = List.copyOf(pressLinks);
	}

}
