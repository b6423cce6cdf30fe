package id.zonaintegritas.config;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database of {@code mvn spring-boot:run}: every connection needs a
 * password, kept in the data folder for its owner only; and after the JVM is killed
 * ({@code kill -9}, which leaves PostgreSQL running), the very next start works and finds
 * every committed row.
 */
class EmbeddedDatabaseCrashTests {

	@TempDir
	Path folder;

	@Test
	void theFirstStartAfterTheJvmWasKilledWorksWithAllCommittedData() throws Exception {
		Path data = this.folder.resolve("pg");
		Process jvm = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m", "-cp",
				System.getProperty("java.class.path"), CommitAndWait.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try {
			assertThat(readyLine(jvm)).as("the other JVM committed its row").isEqualTo("READY");
		}
		finally {
			jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlived the killed JVM")
			.contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
			assertThat(app(database).queryForObject("select note from crash_test", String.class))
				.isEqualTo("committed");
		}
		finally {
			// Whatever happened, the server the killed JVM left behind does not outlive
			// this test.
			ProcessHandle.of(orphan).filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
		}
		assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphan was stopped").isEmpty();
	}

	@Test
	void everyConnectionNeedsThePasswordKeptInTheDataFolderForItsOwnerOnly() throws Exception {
		Path data = this.folder.resolve("secured");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
			String url = database.jdbcUrl();
			for (String role : new String[] { "postgres", EmbeddedDatabase.OWNER, EmbeddedDatabase.APPLICATION }) {
				assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close()).as(role)
					.isInstanceOf(SQLException.class);
				assertThatThrownBy(() -> DriverManager.getConnection(url, role, "tebakan").close()).as(role)
					.isInstanceOf(SQLException.class);
				try (Connection connection = DriverManager.getConnection(url, role, database.password(role))) {
					assertThat(connection.isValid(2)).isTrue();
				}
			}
			assertThat(Files.getPosixFilePermissions(data.resolve("portal-credentials.properties")))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		}
	}

	private static JdbcTemplate app(EmbeddedDatabase database) throws SQLException {
		return new JdbcTemplate(new SingleConnectionDataSource(database.jdbcUrl(), EmbeddedDatabase.OWNER,
				database.password(EmbeddedDatabase.OWNER), true));
	}

	private static String readyLine(Process jvm) throws Exception {
		return CompletableFuture.supplyAsync(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
				return out.lines()
					.filter((line) -> line.equals("READY") || line.startsWith("FAILED"))
					.findFirst()
					.orElse("ended");
			}
			catch (Exception ex) {
				return ex.toString();
			}
		}).get(120, TimeUnit.SECONDS);
	}

	/**
	 * The JVM that is killed: starts the database, commits a row, and waits to be killed.
	 */
	public static final class CommitAndWait {

		private CommitAndWait() {
		}

		public static void main(String[] args) throws Exception {
			try {
				EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
				JdbcTemplate jdbc = app(database);
				jdbc.execute("create table crash_test (note text)");
				jdbc.update("insert into crash_test values ('committed')");
				System.out.println("READY");
				System.out.flush();
				// Waits to be killed: the test never writes to this pipe, so the read
				// returns
				// only when the test's JVM is gone (end of input) and this one should go
				// too.
				System.in.read();
			}
			catch (Exception ex) {
				System.out.println("FAILED " + ex);
				System.out.flush();
			}
		}

	}

}
