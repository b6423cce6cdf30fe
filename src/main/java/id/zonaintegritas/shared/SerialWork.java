package id.zonaintegritas.shared;

import org.springframework.jdbc.core.JdbcTemplate;
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
		DECLARATION

	}

	private final JdbcTemplate jdbc;

	SerialWork(JdbcTemplate jdbc) {
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
		this.jdbc.query("select pg_advisory_xact_lock(?, ?)", (rs) -> {
		}, subject.ordinal() + 1, Long.hashCode(id));
	}

}
