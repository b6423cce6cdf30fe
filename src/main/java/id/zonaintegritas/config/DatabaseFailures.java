package id.zonaintegritas.config;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Reads what a database exception means for the visitor: the database is out of reach (a
 * 503, whichever layer noticed first), or a value the database refused (a 4xx that names
 * the kind of problem). The last line of defence: the domain checks values before they
 * reach the database, and this only keeps a missed check from becoming a 500.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** Whether the database could not be reached at all. */
	static boolean unavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * A value the database refused, as the status and the message key to answer with.
	 * @param failure what was thrown
	 * @return the refusal, or empty if the failure is not about a value
	 */
	static Optional<Refusal> refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return Optional.ofNullable(refusalFor(sql.getSQLState()));
			}
		}
		return Optional.empty();
	}

	private static Refusal refusalFor(String state) {
		return switch (state) {
			case "22001" -> new Refusal(HttpStatus.BAD_REQUEST, "error.input.tooLongForField");
			case "22021", "22P05" -> new Refusal(HttpStatus.BAD_REQUEST, "error.input.invalidCharacters");
			case "23505" -> new Refusal(HttpStatus.CONFLICT, "error.conflict.duplicate");
			case "23503" -> new Refusal(HttpStatus.CONFLICT, "error.conflict.inUse");
			default -> (state.startsWith("22") || state.startsWith("23"))
					? new Refusal(HttpStatus.BAD_REQUEST, "error.input.rejected") : null;
		};
	}

	/**
	 * How to answer a refused value.
	 *
	 * @param status the status
	 * @param messageKey what to tell the visitor
	 */
	record Refusal(HttpStatus status, String messageKey) {
	}

}
