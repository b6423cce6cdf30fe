package id.zonaintegritas.proposal.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.zonaintegritas.proposal.ProposalService;
import id.zonaintegritas.shared.web.CheckedForm;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The instansi head's proposal: the units chosen, the cover letter and the SPTJM. */
public class ProposalForm extends CheckedForm {

	private Set<Long> unitIds = new LinkedHashSet<>();

	@Size(max = ProposalService.LETTER_NUMBER_LENGTH)
	private String letterNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate letterDate;

	private MultipartFile coverLetter;

	private MultipartFile sptjm;

	public Set<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(Set<Long> unitIds) {
		this.unitIds = unitIds;
	}

	public String getLetterNumber() {
		return this.letterNumber;
	}

	public void setLetterNumber(String letterNumber) {
		this.letterNumber = letterNumber;
	}

	public LocalDate getLetterDate() {
		return this.letterDate;
	}

	public void setLetterDate(LocalDate letterDate) {
		this.letterDate = letterDate;
	}

	public MultipartFile getCoverLetter() {
		return this.coverLetter;
	}

	public void setCoverLetter(MultipartFile coverLetter) {
		this.coverLetter = coverLetter;
	}

	public MultipartFile getSptjm() {
		return this.sptjm;
	}

	public void setSptjm(MultipartFile sptjm) {
		this.sptjm = sptjm;
	}

}
