package id.zonaintegritas.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the portal e-mails about, each of which an account may decline (the notices in the
 * portal stay). The link that sets a new account's password is always sent.
 */
public enum MailTopic {

	/** Reviewers: a unit asks for its next stage. */
	REVIEW_REQUESTS,

	/** Staff: a reviewer decided their unit's request. */
	DECISIONS,

	/** Staff: the TPI returned questions of their unit's LKE. */
	LKE_RETURNS,

	/** The TPN: an instansi proposed units. */
	PROPOSALS,

	/**
	 * Staff and instansi heads: the TPN's selection, result, designation or revocation.
	 */
	TPN_OUTCOMES,

	/** A window closing with work left, a request left waiting. */
	REMINDERS,

	/** A new account's link to set its password: never declined. */
	ACCOUNT;

	/** Whether an account may decline it. */
	public boolean declinable() {
		return this != ACCOUNT;
	}

	/** The topics an account in these roles is e-mailed about and may decline. */
	public static List<MailTopic> forRoles(Collection<Role> roles) {
		Set<MailTopic> topics = EnumSet.noneOf(MailTopic.class);
		if (roles.contains(Role.AGENCY_STAFF)) {
			topics.addAll(List.of(DECISIONS, LKE_RETURNS, TPN_OUTCOMES, REMINDERS));
		}
		if (roles.contains(Role.REVIEWER)) {
			topics.addAll(List.of(REVIEW_REQUESTS, REMINDERS));
		}
		if (roles.contains(Role.INSTANSI_HEAD)) {
			topics.addAll(List.of(TPN_OUTCOMES, REMINDERS));
		}
		if (roles.contains(Role.TPN)) {
			topics.addAll(List.of(PROPOSALS, REMINDERS));
		}
		return List.copyOf(topics);
	}

}
