package id.zonaintegritas.support;

import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.LkeQuestion;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.NumericInput;

/** Answers for a whole LKE, as a unit or an evaluator would give them. */
public final class Lke {

	private Lke() {
	}

	/** The best answer to every question. */
	public static Map<String, AnswerInput> best(LkeVersion version) {
		Map<String, AnswerInput> all = new LinkedHashMap<>();
		version.questions().forEach((question) -> all.put(question.code(), answer(question, true)));
		return all;
	}

	/** The worst answer to every question. */
	public static Map<String, AnswerInput> worst(LkeVersion version) {
		Map<String, AnswerInput> all = new LinkedHashMap<>();
		version.questions().forEach((question) -> all.put(question.code(), answer(question, false)));
		return all;
	}

	/** The best or the worst answer to a question. */
	public static AnswerInput answer(LkeQuestion question, boolean best) {
		if (!question.type().isNumeric()) {
			return new AnswerInput(question.options().get(best ? 0 : question.options().size() - 1).letter(), Map.of(),
					null);
		}
		Map<String, String> numbers = new LinkedHashMap<>();
		for (NumericInput input : question.inputs()) {
			String role = (input.role() != null) ? input.role() : "";
			numbers.put(input.name(), input.surveyIndex() ? (best ? "4" : "1") : role.startsWith("current")
					? (best ? "0" : "10") : role.startsWith("numerator") ? (best ? "1000" : "0") : "10");
		}
		return new AnswerInput(null, numbers, null);
	}

	/** Whether the unit's answer stands, for every question. */
	public static Map<String, Boolean> allStand(LkeVersion version, boolean stands) {
		Map<String, Boolean> all = new LinkedHashMap<>();
		version.questions().forEach((question) -> all.put(question.code(), stands));
		return all;
	}

}
