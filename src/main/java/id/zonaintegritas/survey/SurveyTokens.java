package id.zonaintegritas.survey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens of a survey, keyed with its own secret: a visit's (issued with the
 * form, used once, for two hours), and a counter's (shown as a QR code at the service
 * counter, for a short while). An address is kept only as an HMAC under the same key.
 */
final class SurveyTokens {

	static final Duration VISIT_LIFETIME = Duration.ofHours(2);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private SurveyTokens() {
	}

	static String newKey() {
		return random(32);
	}

	static String random(int bytes) {
		byte[] secret = new byte[bytes];
		RANDOM.nextBytes(secret);
		return BASE64.encodeToString(secret);
	}

	/**
	 * A visit.
	 *
	 * @param id its identifier (a response stores it: one response per visit)
	 * @param issuedAt when its form was shown
	 */
	record Visit(String id, Instant issuedAt) {
	}

	static String visit(long surveyId, String key, Instant now) {
		String body = "v." + surveyId + "." + now.toEpochMilli() + "." + random(12);
		return body + "." + sign(key, body);
	}

	static Optional<Visit> readVisit(String token, long surveyId, String key, Instant now) {
		return verified(token, key).flatMap((body) -> {
			String[] parts = body.split("\\.");
			if (parts.length != 4 || !"v".equals(parts[0]) || !String.valueOf(surveyId).equals(parts[1])) {
				return Optional.empty();
			}
			Instant issued = Instant.ofEpochMilli(number(parts[2]));
			if (issued.isAfter(now.plusSeconds(60)) || issued.plus(VISIT_LIFETIME).isBefore(now)) {
				return Optional.empty();
			}
			return Optional.of(new Visit(parts[3], issued));
		});
	}

	static String counter(long surveyId, String key, Instant expires) {
		String body = "c." + surveyId + "." + expires.toEpochMilli();
		return body + "." + sign(key, body);
	}

	static boolean counterValid(String token, long surveyId, String key, Instant now) {
		return verified(token, key).map((body) -> {
			String[] parts = body.split("\\.");
			return parts.length == 3 && "c".equals(parts[0]) && String.valueOf(surveyId).equals(parts[1])
					&& Instant.ofEpochMilli(number(parts[2])).isAfter(now);
		}).orElse(false);
	}

	static String addressHash(String address, String key) {
		return (address != null) ? sign(key, "a." + address) : null;
	}

	private static Optional<String> verified(String token, String key) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		int dot = token.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String body = token.substring(0, dot);
		byte[] expected = sign(key, body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(body) : Optional.empty();
	}

	/** A signed number: it was written by this class, so it parses; 0 if not. */
	private static long number(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String sign(String key, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			return BASE64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
