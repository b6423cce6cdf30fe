package id.zonaintegritas.assessment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.StoredAnswer;

/**
 * The answers of an LKE page as the form sends them ({@code answers[PPA1A].option},
 * {@code answers[PRA1A].numbers[jumlah_perubahan]},
 * {@code answers[PPA1A].justification}), and as it shows them again: what was typed, or
 * what is stored.
 */
public class AnswersForm {

	private Map<String, Fields> answers = new LinkedHashMap<>();

	/** The form as the stored answers fill it. */
	static AnswersForm of(Map<String, StoredAnswer> stored) {
		AnswersForm form = new AnswersForm();
		stored.forEach((code, answer) -> {
			Fields fields = new Fields();
			fields.setOption(answer.option());
			fields.setJustification(answer.justification());
			answer.numbers().forEach((name, value) -> fields.getNumbers().put(name, plain(value)));
			form.answers.put(code, fields);
		});
		return form;
	}

	/** What was sent for a question; empty fields if nothing was. */
	public Fields field(String code) {
		return this.answers.getOrDefault(code, new Fields());
	}

	/** Every question sent, as answers to save. */
	Map<String, AnswerInput> inputs() {
		Map<String, AnswerInput> inputs = new LinkedHashMap<>();
		this.answers.forEach((code, fields) -> inputs.put(code, fields.input()));
		return inputs;
	}

	/** One question's answer, if it was sent. */
	Map<String, AnswerInput> input(String code) {
		Fields fields = this.answers.get(code);
		return (fields != null) ? Map.of(code, fields.input()) : Map.of();
	}

	public Map<String, Fields> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, Fields> answers) {
		this.answers = answers;
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** The fields of one question. */
	public static class Fields {

		private String option;

		private Map<String, String> numbers = new LinkedHashMap<>();

		private String justification;

		AnswerInput input() {
			return new AnswerInput(this.option, this.numbers, this.justification);
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

		public String getJustification() {
			return this.justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}

	}

}
