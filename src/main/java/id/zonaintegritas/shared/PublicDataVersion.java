package id.zonaintegritas.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One number that changes with every committed transaction that changes what the public
 * pages show (see {@code V10__public_data_version.sql}): whatever is kept for the public
 * — rendered pages, statistics, reference lists — is kept under it, and is never older
 * than the data it was made from, on any instance. The database is asked at most once per
 * check interval ({@code portal.public-pages.version-check-interval}).
 */
public class PublicDataVersion {

	private final JdbcClient jdbc;

	private final long checkIntervalNanos;

	private final AtomicReference<Checked> last = new AtomicReference<>(new Checked(-1, System.nanoTime()));

	private final Map<String, Kept<?>> kept = new ConcurrentHashMap<>();

	public PublicDataVersion(JdbcClient jdbc, Duration checkInterval) {
		this.jdbc = jdbc;
		this.checkIntervalNanos = checkInterval.toNanos();
	}

	/**
	 * @return the current version
	 */
	public long current() {
		Checked checked = this.last.get();
		long now = System.nanoTime();
		if (checked.version() >= 0 && now - checked.at() < this.checkIntervalNanos) {
			return checked.version();
		}
		long version = this.jdbc.sql("select version from public_data_version").query(Long.class).single();
		this.last.compareAndSet(checked, new Checked(version, now));
		return version;
	}

	/**
	 * What the supplier makes, made once per version of the public data.
	 * @param <T> what is kept
	 * @param key what it is, unique in the portal
	 * @param supplier makes it from the data
	 * @return the value for the current version
	 */
	@SuppressWarnings("unchecked")
	public <T> T keep(String key, Supplier<T> supplier) {
		long version = current();
		Kept<?> found = this.kept.get(key);
		if (found != null && found.version() == version) {
			return (T) found.value();
		}
		T value = supplier.get();
		this.kept.put(key, new Kept<>(version, value));
		return value;
	}

	private record Checked(long version, long at) {
	}

	private record Kept<T>(long version, T value) {
	}

}
