package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An evaluator's answers of an area page as the form sends them
 * ({@code answers[PPA1A].option}, {@code answers[PRA1A].numbers[jumlah_perubahan]},
 * {@code answers[PPA1A].note}, {@code answers[PPA1A].stands}, and the revision each
 * answer had when the page was shown), and as the page shows them again.
 */
public class EvaluationForm {

	private Map<String, Fields> answers = new LinkedHashMap<>();

	/** The form as the evaluator's stored answers fill it. */
	public static EvaluationForm of(Map<String, EvaluatorAnswer> stored) {
		EvaluationForm form = new EvaluationForm();
		stored.forEach((code, answer) -> form.answers.put(code, Fields.of(answer)));
		return form;
	}

	/** What was sent for a question; empty fields if nothing was. */
	public Fields field(String code) {
		return this.answers.getOrDefault(code, new Fields());
	}

	public Map<String, AnswerInput> inputs() {
		Map<String, AnswerInput> inputs = new LinkedHashMap<>();
		this.answers
			.forEach((code, fields) -> inputs.put(code, new AnswerInput(fields.option, fields.numbers, fields.note)));
		return inputs;
	}

	public Map<String, Boolean> stands() {
		Map<String, Boolean> stands = new LinkedHashMap<>();
		this.answers.forEach((code, fields) -> {
			if (fields.stands != null) {
				stands.put(code, fields.stands);
			}
		});
		return stands;
	}

	public Map<String, Integer> seen() {
		Map<String, Integer> seen = new LinkedHashMap<>();
		this.answers.forEach((code, fields) -> seen.put(code, fields.revision));
		return seen;
	}

	/**
	 * After a conflict: the questions keep what this evaluator typed, and now carry the
	 * revision saved meanwhile, which the page shows beside them.
	 */
	public void seeRevisionsOf(Map<String, EvaluatorAnswer> stored) {
		this.answers.forEach((code, fields) -> {
			EvaluatorAnswer now = stored.get(code);
			fields.revision = (now != null) ? now.revision() : 0;
		});
	}

	public Map<String, Fields> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, Fields> answers) {
		this.answers = answers;
	}

	/** The fields of one question. */
	public static class Fields {

		private String option;

		private Map<String, String> numbers = new LinkedHashMap<>();

		private String note;

		private Boolean stands;

		private int revision;

		static Fields of(EvaluatorAnswer answer) {
			Fields fields = new Fields();
			fields.option = answer.answer().option();
			fields.note = answer.answer().justification();
			fields.stands = answer.stands();
			fields.revision = answer.revision();
			answer.answer().numbers().forEach((name, value) -> fields.numbers.put(name, plain(value)));
			return fields;
		}

		public String getOption() {
			return this.option;
		}

		public void setOption(String option) {
			this.option = option;
		}

		public Map<String, String> getNumbers() {
			return this.numbers;
		}

		public void setNumbers(Map<String, String> numbers) {
			this.numbers = numbers;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Boolean getStands() {
			return this.stands;
		}

		public void setStands(Boolean stands) {
			this.stands = stands;
		}

		public int getRevision() {
			return this.revision;
		}

		public void setRevision(int revision) {
			this.revision = revision;
		}

		private static String plain(BigDecimal value) {
			BigDecimal stripped = value.stripTrailingZeros();
			return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
		}

	}

}
