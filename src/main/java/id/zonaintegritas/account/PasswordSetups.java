package id.zonaintegritas.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time links that let a new user set their own password, so that no password
 * travels by e-mail: 32 random bytes, of which only the SHA-256 is stored; a link works
 * once, within three days.
 */
@Service
public class PasswordSetups {

	static final Duration VALID_FOR = Duration.ofDays(3);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	PasswordSetups(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new link's secret for the account, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	String issue(long accountId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into password_setup (token_hash, account_id, created_at, expires_at)
				values (:hash, :account, :now, :expires)""")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("expires", OffsetDateTime.ofInstant(now.plus(VALID_FOR), ZoneOffset.UTC))
			.update();
		return token;
	}

	/** The account a link sets the password of, if the link still works. */
	@Transactional(readOnly = true)
	public String usernameFor(String token) {
		return this.jdbc.sql("""
				select a.username from password_setup s join account a on a.id = s.account_id
				where s.token_hash = :hash and s.used_at is null and s.expires_at > :now and a.enabled""")
			.param("hash", hash(token))
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("account.setup.invalid"));
	}

	/**
	 * Sets the password through the link, which then works no more; the user signs in
	 * with it.
	 * @return the account's username
	 */
	@Transactional
	public String setPassword(String token, String newPassword) {
		String username = usernameFor(token);
		this.policy.check(username, newPassword);
		int used = this.jdbc.sql("""
				update password_setup set used_at = :now where token_hash = :hash and used_at is null""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("hash", hash(token))
			.update();
		if (used != 1) {
			throw new NotFoundException("account.setup.invalid");
		}
		this.jdbc.sql("""
				update account set password_hash = :hash, must_change_password = false, password_changed_at = :now,
				       version = version + 1
				where username = :username""")
			.param("hash", this.encoder.encode(newPassword))
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("username", username)
			.update();
		this.audit.record(AuditRecord.of(new Actor(username, ActorRole.SYSTEM), "PASSWORD_SET_BY_LINK", "Account",
				username, null, username));
		return username;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
