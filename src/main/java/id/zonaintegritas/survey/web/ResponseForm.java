package id.zonaintegritas.survey.web;

import java.util.HashMap;
import java.util.Map;

import id.zonaintegritas.survey.ResponseInput;

/**
 * The survey form: answers by item position, the optional profile, and the visit's
 * proofs.
 */
public class ResponseForm {

	private Map<Integer, String> answers = new HashMap<>();

	private String service;

	private String ageBand;

	private String sex;

	private String education;

	private String receiptCode;

	private String counterToken;

	private String visitToken;

	ResponseInput input() {
		return new ResponseInput(this.answers, this.service, this.ageBand, this.sex, this.education, this.receiptCode,
				this.counterToken, this.visitToken);
	}

	public Map<Integer, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<Integer, String> answers) {
		this.answers = answers;
	}

	public String getService() {
		return this.service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public String getAgeBand() {
		return this.ageBand;
	}

	public void setAgeBand(String ageBand) {
		this.ageBand = ageBand;
	}

	public String getSex() {
		return this.sex;
	}

	public void setSex(String sex) {
		this.sex = sex;
	}

	public String getEducation() {
		return this.education;
	}

	public void setEducation(String education) {
		this.education = education;
	}

	public String getReceiptCode() {
		return this.receiptCode;
	}

	public void setReceiptCode(String receiptCode) {
		this.receiptCode = receiptCode;
	}

	public String getCounterToken() {
		return this.counterToken;
	}

	public void setCounterToken(String counterToken) {
		this.counterToken = counterToken;
	}

	public String getVisitToken() {
		return this.visitToken;
	}

	public void setVisitToken(String visitToken) {
		this.visitToken = visitToken;
	}

}
