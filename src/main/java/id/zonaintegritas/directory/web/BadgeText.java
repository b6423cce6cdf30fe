package id.zonaintegritas.directory.web;

import java.util.Locale;

import id.zonaintegritas.directory.UnitBadge;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A badge's words in the reader's language: its status and its text alternative. */
@Component
class BadgeText {

	private final MessageSource messages;

	BadgeText(MessageSource messages) {
		this.messages = messages;
	}

	String label(Locale locale) {
		return this.messages.getMessage("badge.label", null, locale);
	}

	String status(UnitBadge badge, Locale locale) {
		return switch (badge.status()) {
			case NOT_DECLARED -> this.messages.getMessage("badge.notDeclared", null, locale);
			case BUILDING -> this.messages.getMessage("badge.building", null, locale);
			case DESIGNATED -> this.messages.getMessage("badge.designated",
					new Object[] { badge.predicate(), String.valueOf(badge.year()) }, locale);
			case REVOKED -> this.messages.getMessage("badge.revoked",
					new Object[] { badge.predicate(), String.valueOf(badge.year()) }, locale);
		};
	}

	/** What the badge says, for a screen reader and an image's alt text. */
	String title(UnitBadge badge, Locale locale) {
		return this.messages.getMessage("badge.title", new Object[] { badge.name(), status(badge, locale) }, locale);
	}

}
