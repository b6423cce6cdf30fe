package id.zonaintegritas.survey;

import java.util.Map;

/**
 * A respondent's answers as the form sent them: no name, NIP, phone number or e-mail.
 *
 * @param answers each item's answer (1–4), by the item's position
 * @param service the service they used, optional
 * @param ageBand optional
 * @param sex optional
 * @param education optional
 * @param receiptCode the one-time code on their receipt (receipt-code surveys)
 * @param counterToken the counter's token from its QR code (counter surveys)
 * @param visitToken the token the form was shown with
 */
public record ResponseInput(Map<Integer, String> answers, String service, String ageBand, String sex, String education,
		String receiptCode, String counterToken, String visitToken) {

	public ResponseInput {
		answers = (answers != null) ? Map.copyOf(answers) : Map.of();
	}

}
