package id.zonaintegritas.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes commands on the same thing wait for each other, so that two at once behave as two
 * one after the other: the second sees what the first did and is refused with the same
 * message it would get a minute later, never with a unique-key violation. A PostgreSQL
 * advisory lock, held until the command's transaction ends, on every instance.
 */
@Component
public class SerialWork {

	/** What is worked on, one at a time per id. */
	public enum Subject {

		/** The signings of one declaration. */
		PACT_SIGNINGS,

		/** The stage requests of one unit's programme. */
		STAGE_REQUESTS,

		/** One unit's declaration. */
		DECLARATION,

		/** The stored bytes of one document content, by its SHA-256. */
		DOCUMENT_CONTENT

	}

	private final JdbcClient jdbc;

	SerialWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction works on this subject and id, and keeps it so
	 * until this transaction ends.
	 * @param subject what is worked on
	 * @param id which one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void claim(Subject subject, long id) {
		this.jdbc.sql("select pg_advisory_xact_lock(:subject, :id)")
			.param("subject", subject.ordinal() + 1)
			.param("id", Long.hashCode(id))
			.query((rs) -> {
			});
	}

	/**
	 * Waits until no other transaction works on this subject and key, and keeps it so
	 * until this transaction ends.
	 * @param subject what is worked on
	 * @param key which one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void claim(Subject subject, String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(:subject, hashtext(:key))")
			.param("subject", subject.ordinal() + 1)
			.param("key", key)
			.query((rs) -> {
			});
	}

}
