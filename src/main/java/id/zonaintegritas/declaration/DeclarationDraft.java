package id.zonaintegritas.declaration;

import java.util.List;

/**
 * What the declaration form sends: what the declaration says, its witnesses and press
 * coverage, and files to store and attach.
 *
 * @param details when, where, who, towards which predicate
 * @param witnesses who witnessed it, in order
 * @param pressLinks the press coverage
 * @param uploads files to attach, with what each one is
 */
public record DeclarationDraft(DeclarationDetails details, List<Witness> witnesses, List<PressLink> pressLinks,
		List<Upload> uploads) {

	public DeclarationDraft {
		witnesses = List.copyOf(witnesses);
		pressLinks = List.copyOf(pressLinks);
		uploads = List.copyOf(uploads);
	}

}
