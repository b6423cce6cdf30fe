package id.zonaintegritas.period.web;

import java.time.LocalDate;

import id.zonaintegritas.period.PeriodDraft;
import id.zonaintegritas.period.ProgrammePeriod;

import org.springframework.format.annotation.DateTimeFormat;

/** A year's period as the administrator's form sends it; dates as yyyy-mm-dd. */
public class PeriodForm {

	private Integer year;

	private Long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate selfAssessmentOpens;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate selfAssessmentCloses;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tpiEvaluationOpens;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tpiEvaluationCloses;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate proposalOpens;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate proposalCloses;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tpnEvaluationOpens;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tpnEvaluationCloses;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate designationOn;

	private int objectionDays = 7;

	/** A new period for a year, with the usual calendar to start from. */
	static PeriodForm usual(int year) {
		PeriodForm form = new PeriodForm();
		form.year = year;
		form.selfAssessmentOpens = LocalDate.of(year, 1, 2);
		form.selfAssessmentCloses = LocalDate.of(year, 4, 30);
		form.tpiEvaluationOpens = LocalDate.of(year, 2, 1);
		form.tpiEvaluationCloses = LocalDate.of(year, 5, 20);
		form.proposalOpens = LocalDate.of(year, 5, 1);
		form.proposalCloses = LocalDate.of(year, 5, 31);
		form.tpnEvaluationOpens = LocalDate.of(year, 6, 1);
		form.tpnEvaluationCloses = LocalDate.of(year, 11, 30);
		form.designationOn = LocalDate.of(year, 12, 10);
		return form;
	}

	static PeriodForm of(ProgrammePeriod period) {
		PeriodForm form = new PeriodForm();
		form.year = period.year();
		form.version = period.version();
		form.selfAssessmentOpens = period.selfAssessment().opens();
		form.selfAssessmentCloses = period.selfAssessment().closes();
		form.tpiEvaluationOpens = period.tpiEvaluation().opens();
		form.tpiEvaluationCloses = period.tpiEvaluation().closes();
		form.proposalOpens = period.proposal().opens();
		form.proposalCloses = period.proposal().closes();
		form.tpnEvaluationOpens = period.tpnEvaluation().opens();
		form.tpnEvaluationCloses = period.tpnEvaluation().closes();
		form.designationOn = period.designationOn();
		form.objectionDays = period.objectionDays();
		return form;
	}

	PeriodDraft draft() {
		return new PeriodDraft((this.year != null) ? this.year : 0, this.selfAssessmentOpens, this.selfAssessmentCloses,
				this.tpiEvaluationOpens, this.tpiEvaluationCloses, this.proposalOpens, this.proposalCloses,
				this.tpnEvaluationOpens, this.tpnEvaluationCloses, this.designationOn, this.objectionDays);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public LocalDate getSelfAssessmentOpens() {
		return this.selfAssessmentOpens;
	}

	public void setSelfAssessmentOpens(LocalDate selfAssessmentOpens) {
		this.selfAssessmentOpens = selfAssessmentOpens;
	}

	public LocalDate getSelfAssessmentCloses() {
		return this.selfAssessmentCloses;
	}

	public void setSelfAssessmentCloses(LocalDate selfAssessmentCloses) {
		this.selfAssessmentCloses = selfAssessmentCloses;
	}

	public LocalDate getTpiEvaluationOpens() {
		return this.tpiEvaluationOpens;
	}

	public void setTpiEvaluationOpens(LocalDate tpiEvaluationOpens) {
		this.tpiEvaluationOpens = tpiEvaluationOpens;
	}

	public LocalDate getTpiEvaluationCloses() {
		return this.tpiEvaluationCloses;
	}

	public void setTpiEvaluationCloses(LocalDate tpiEvaluationCloses) {
		this.tpiEvaluationCloses = tpiEvaluationCloses;
	}

	public LocalDate getProposalOpens() {
		return this.proposalOpens;
	}

	public void setProposalOpens(LocalDate proposalOpens) {
		this.proposalOpens = proposalOpens;
	}

	public LocalDate getProposalCloses() {
		return this.proposalCloses;
	}

	public void setProposalCloses(LocalDate proposalCloses) {
		this.proposalCloses = proposalCloses;
	}

	public LocalDate getTpnEvaluationOpens() {
		return this.tpnEvaluationOpens;
	}

	public void setTpnEvaluationOpens(LocalDate tpnEvaluationOpens) {
		this.tpnEvaluationOpens = tpnEvaluationOpens;
	}

	public LocalDate getTpnEvaluationCloses() {
		return this.tpnEvaluationCloses;
	}

	public void setTpnEvaluationCloses(LocalDate tpnEvaluationCloses) {
		this.tpnEvaluationCloses = tpnEvaluationCloses;
	}

	public int getObjectionDays() {
		return this.objectionDays;
	}

	public void setObjectionDays(int objectionDays) {
		this.objectionDays = objectionDays;
	}

	public LocalDate getDesignationOn() {
		return this.designationOn;
	}

	public void setDesignationOn(LocalDate designationOn) {
		this.designationOn = designationOn;
	}

}
