package id.zonaintegritas.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the portal e-mails about a unit, an instansi or the national evaluation: enabled
 * accounts in the role and scope, with their address, language and declined topics.
 */
@Service
@Transactional(readOnly = true)
public class MailRecipients {

	private static final String RECIPIENT = """
			select a.username, a.display_name, a.email, a.language,
			       array(select d.topic from account_mail_declined d where d.account_id = a.id) as declined
			from account a
			where a.enabled and %s
			order by a.username
			""";

	private final JdbcClient jdbc;

	MailRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's staff. */
	public List<Recipient> staffOf(long workUnitId) {
		return query("""
				exists (select 1 from account_role r join account_work_unit w on w.account_id = r.account_id
				        where r.account_id = a.id and r.role = 'AGENCY_STAFF' and w.work_unit_id = :scope)""",
				workUnitId);
	}

	/** The reviewers (inspektorat) of the unit's instansi who are not its staff. */
	public List<Recipient> reviewersOf(long workUnitId) {
		return query(
				"""
						exists (select 1 from account_role r join account_institution i on i.account_id = r.account_id
						        join unit_register u on u.institution_id = i.institution_id
						        where r.account_id = a.id and r.role = 'REVIEWER' and u.id = :scope)
						and not exists (select 1 from account_work_unit w where w.account_id = a.id and w.work_unit_id = :scope)""",
				workUnitId);
	}

	/** The heads of the unit's instansi. */
	public List<Recipient> headsOf(long workUnitId) {
		return query("""
				exists (select 1 from account_role r join account_institution i on i.account_id = r.account_id
				        join unit_register u on u.institution_id = i.institution_id
				        where r.account_id = a.id and r.role = 'INSTANSI_HEAD' and u.id = :scope)""", workUnitId);
	}

	/** The national evaluators. */
	public List<Recipient> tpn() {
		return this.jdbc
			.sql(RECIPIENT
				.formatted("exists (select 1 from account_role r where r.account_id = a.id and r.role = 'TPN')"))
			.query(MailRecipients::recipient)
			.list();
	}

	/** These accounts, those of them that are enabled. */
	public List<Recipient> byUsername(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(RECIPIENT.formatted("a.username in (:usernames)"))
			.param("usernames", usernames)
			.query(MailRecipients::recipient)
			.list();
	}

	private List<Recipient> query(String condition, long scope) {
		return this.jdbc.sql(RECIPIENT.formatted(condition))
			.param("scope", scope)
			.query(MailRecipients::recipient)
			.list();
	}

	private static Recipient recipient(ResultSet rs, int row) throws SQLException {
		Array declined = rs.getArray("declined");
		Set<MailTopic> topics = Arrays.stream((String[]) declined.getArray())
			.map(MailTopic::valueOf)
			.collect(Collectors.toSet());
		return new Recipient(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getString("language"), topics);
	}

}
