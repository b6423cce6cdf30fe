package id.zonaintegritas.config;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC repository. Writing a session (its row and
 * its attributes) is a transaction of its own, as Spring Session makes it, but on the
 * data source itself: through the portal's JPA transaction manager, every session read
 * and write opened an entity manager that nothing used. Reading a session is one
 * statement (the session joined with its attributes), which needs no transaction: run in
 * autocommit it is one round trip to PostgreSQL instead of two (the query, then COMMIT),
 * on every request of a signed-in user. {@link UnhurriedSessions} marks its reads with
 * {@link #read}.
 */
final class SessionTransactions implements TransactionOperations {

	private final TransactionOperations writes;

	private final ThreadLocal<Boolean> reading = new ThreadLocal<>();

	SessionTransactions(PlatformTransactionManager transactionManager) {
		TransactionTemplate writes = new TransactionTemplate(transactionManager);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.writes = writes;
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) {
		if (this.reading.get() != null) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return this.writes.execute(action);
	}

	/**
	 * Runs a read of the session repository without a transaction.
	 * @param <T> what it reads
	 * @param read the read
	 * @return what it read
	 */
	<T> T read(Supplier<T> read) {
		this.reading.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			this.reading.remove();
		}
	}

}
