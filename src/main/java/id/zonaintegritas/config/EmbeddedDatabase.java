package id.zonaintegritas.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 of development and tests, set up as production is:
 * migrations run as the owner role ({@value #OWNER}), the portal as the application role
 * ({@value #APPLICATION}), which may read and write the data but never alter, disable or
 * drop a trigger, truncate the audit trail, or change an audit row (ADR 0011). Every
 * connection gives a password: they are generated on the first start and kept, readable
 * by their owner only, in the git-ignored data folder. A server left running by a process
 * that died (a {@code kill -9}) is shut down before the next start, so that the first
 * start after any crash works, with all committed data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String OWNER = "portal_owner";

	static final String APPLICATION = "portal_app";

	static final String DATABASE = "postgres";

	private static final String CREDENTIALS = "portal-credentials.properties";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Path dataDirectory;

	private final boolean throwAway;

	private final Properties passwords;

	private int port;

	private EmbeddedPostgres postgres;

	private EmbeddedDatabase(Path dataDirectory, boolean throwAway, Properties passwords) {
		this.dataDirectory = dataDirectory;
		this.throwAway = throwAway;
		this.passwords = passwords;
	}

	/**
	 * Starts the database whose data lives in this folder (created on the first start).
	 * @param dataDirectory the folder, or {@code null} for a throw-away cluster (tests)
	 * @return the running database
	 */
	public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
		boolean throwAway = dataDirectory == null;
		Path directory = throwAway ? Files.createTempDirectory("portal-pg") : dataDirectory.toAbsolutePath();
		Files.createDirectories(directory.getParent());
		EmbeddedDatabase database = new EmbeddedDatabase(directory, throwAway, passwordsOf(directory));
		database.startServer(0);
		database.keepPasswords();
		database.setUp();
		return database;
	}

	/** Starts the server again on the same port and data after {@link #stop()}. */
	public void restart() throws IOException {
		startServer(this.port);
	}

	/** Stops the server; the data stays. */
	public void stop() throws IOException {
		if (this.postgres != null) {
			this.postgres.close();
			this.postgres = null;
		}
	}

	@Override
	public void close() throws IOException {
		stop();
		if (this.throwAway) {
			try (var files = Files.walk(this.dataDirectory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/" + DATABASE;
	}

	public int port() {
		return this.port;
	}

	public String password(String role) {
		return this.passwords.getProperty(role);
	}

	private void startServer(int fixedPort) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory.toFile())
			.setCleanDataDirectory(false)
			.setPort(fixedPort)
			.setServerConfig("max_connections", "100")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setLocaleConfig("encoding", "UTF8")
			.setConnectConfig("password", this.passwords.getProperty("postgres"))
			.setDataDirectoryCustomizer((directory) -> stopOrphanedServer(directory.toPath()));
		if (!this.throwAway) {
			// Data that outlives the process: undo the library's test-speed defaults.
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
		}
		this.postgres = builder.start();
		this.port = this.postgres.getPort();
		log.info("Embedded PostgreSQL started on port {} (data: {})", this.port,
				this.throwAway ? "temporary" : this.dataDirectory);
	}

	/**
	 * Roles, passwords and ownership, as the superuser; idempotent, so that a data folder
	 * made by an earlier version of the portal (one superuser, no password) is brought to
	 * the same state.
	 */
	private void setUp() throws IOException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement sql = connection.createStatement()) {
			sql.execute("alter role postgres password " + literal(this.passwords.getProperty("postgres")));
			for (String role : List.of(OWNER, APPLICATION)) {
				sql.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role
						+ "') then create role " + role + "; end if; end $$");
				sql.execute("alter role " + role + " with login password " + literal(this.passwords.getProperty(role))
						+ (OWNER.equals(role) ? " createdb" : " nocreatedb"));
			}
			sql.execute("alter schema public owner to " + OWNER);
			sql.execute("grant create on database " + DATABASE + " to " + OWNER);
			// Tables and functions made by an earlier version as the superuser go to the
			// owner; those of extensions stay where they are.
			sql.execute(
					"""
							do $$
							declare
							    object record;
							begin
							    for object in
							        select c.oid::regclass as name, c.relkind from pg_class c
							        join pg_namespace n on n.oid = c.relnamespace
							        where n.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm')
							          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
							    loop
							        execute format(case object.relkind when 'v' then 'alter view %s owner to %I'
							                                            when 'm' then 'alter materialized view %s owner to %I'
							                                            else 'alter table %s owner to %I' end,
							                       object.name, 'portal_owner');
							    end loop;
							    for object in
							        select p.oid::regprocedure as name from pg_proc p
							        join pg_namespace n on n.oid = p.pronamespace
							        where n.nspname = 'public' and p.proowner = 'postgres'::regrole
							          and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
							    loop
							        execute format('alter function %s owner to %I', object.name, 'portal_owner');
							    end loop;
							end
							$$""");
			if (requirePasswords()) {
				sql.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not set up the embedded PostgreSQL's roles", ex);
		}
	}

	/** Every connection, local or over loopback, gives a password. */
	private boolean requirePasswords() throws IOException {
		Path hba = this.dataDirectory.resolve("pg_hba.conf");
		String wanted = """
				# Written by the portal (EmbeddedDatabase): every connection gives a password.
				local   all   all                 scram-sha-256
				host    all   all   127.0.0.1/32  scram-sha-256
				host    all   all   ::1/128       scram-sha-256
				""";
		if (Files.exists(hba) && Files.readString(hba).equals(wanted)) {
			return false;
		}
		Files.writeString(hba, wanted, StandardCharsets.UTF_8);
		return true;
	}

	/**
	 * A server still running on this data folder was left by a process that died without
	 * stopping it: it is shut down (fast: its clients are gone) before a new one starts.
	 * It is recognised by the PID in {@code postmaster.pid} and by its command line
	 * naming this folder, so no other process is touched.
	 */
	static void stopOrphanedServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info()
					.commandLine()
					.map((line) -> line.contains("postgres") && line.contains(dataDirectory.toString()))
					.orElse(false));
			if (orphan.isEmpty()) {
				return;
			}
			log.warn("A PostgreSQL server (PID {}) was left running on {} by a process that died; stopping it", pid,
					dataDirectory);
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			if (!orphan.get()
				.onExit()
				.completeOnTimeout(null, 30, java.util.concurrent.TimeUnit.SECONDS)
				.thenApply((ended) -> ended != null)
				.join()) {
				orphan.get().destroyForcibly();
				orphan.get().onExit().join();
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not check for a server left running on {}: {}", dataDirectory, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Properties passwordsOf(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(CREDENTIALS);
		Properties passwords = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				passwords.load(in);
			}
		}
		for (String role : List.of("postgres", OWNER, APPLICATION)) {
			if (passwords.getProperty(role) == null) {
				passwords.setProperty(role, newPassword());
			}
		}
		return passwords;
	}

	/**
	 * Keeps the passwords beside the data, readable by their owner only; written after
	 * the first start, as initdb wants an empty folder.
	 */
	private void keepPasswords() throws IOException {
		Path file = this.dataDirectory.resolve(CREDENTIALS);
		if (!Files.exists(file)) {
			Files.createFile(file);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the folder's own permissions apply.
			}
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			this.passwords.store(out, "Passwords of the embedded PostgreSQL's roles; delete the folder to start over");
		}
	}

	private static String newPassword() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
