package id.zonaintegritas.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Two commands at the same moment, made to overlap for certain: the first runs in a
 * transaction that stays open until the second, started meanwhile, waits for a lock the
 * first holds; then the first commits and the second goes on. No sleeps: PostgreSQL says
 * when the second is waiting.
 */
public final class Races {

	private Races() {
	}

	/**
	 * @return what the second command threw, or {@code null}
	 */
	public static Throwable secondWhileTheFirstHoldsItsLocks(PlatformTransactionManager transactions, JdbcTemplate jdbc,
			Runnable first, Runnable second) throws Exception {
		CountDownLatch firstHasWritten = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		CompletableFuture<Void> winner = CompletableFuture.runAsync(() -> transaction.executeWithoutResult((status) -> {
			first.run();
			firstHasWritten.countDown();
			await().atMost(Duration.ofSeconds(20)).until(() -> someTransactionWaitsForALock(jdbc));
		}));
		CompletableFuture<Throwable> loser = CompletableFuture.supplyAsync(() -> {
			try {
				firstHasWritten.await(20, TimeUnit.SECONDS);
				second.run();
				return null;
			}
			catch (Exception ex) {
				return ex;
			}
		});
		winner.get(30, TimeUnit.SECONDS);
		return loser.get(30, TimeUnit.SECONDS);
	}

	public static boolean someTransactionWaitsForALock(JdbcTemplate jdbc) {
		Integer waiting = jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
				Integer.class);
		return waiting != null && waiting > 0;
	}

}
