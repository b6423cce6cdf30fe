package id.zonaintegritas.declaration.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.declaration.PressLink;
import id.zonaintegritas.declaration.Upload;
import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.Predicate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pencanangan form: what the declaration says, its witness and press rows (added and
 * removed by buttons that re-render the form, so that it works without JavaScript), and
 * the files to upload with it.
 */
public class DeclarationForm {

	static final int MAX_WITNESSES = 50;

	static final int MAX_PRESS_LINKS = 50;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@PastOrPresent
	private LocalDate declaredOn;

	private DatePrecision declaredOnPrecision = DatePrecision.DAY;

	@Size(max = DeclarationDetails.VENUE_LENGTH)
	private String venue;

	@Size(max = DeclarationDetails.OFFICIAL_NAME_LENGTH)
	private String officialName;

	@Size(max = DeclarationDetails.OFFICIAL_POSITION_LENGTH)
	private String officialPosition;

	private Predicate targetPredicate = Predicate.WBK;

	@Size(max = DeclarationDetails.DESCRIPTION_LENGTH)
	private String description;

	@Size(max = DeclarationDetails.LEGAL_BASIS_LENGTH)
	private String legalBasis;

	@Valid
	@Size(max = MAX_WITNESSES)
	private List<WitnessRow> witnesses = new ArrayList<>();

	@Valid
	@Size(max = MAX_PRESS_LINKS)
	private List<PressLinkRow> pressLinks = new ArrayList<>();

	private List<MultipartFile> files = new ArrayList<>();

	private DocumentKind fileKind = DocumentKind.PIAGAM;

	static DeclarationForm of(DeclarationView declaration) {
		DeclarationForm form = new DeclarationForm();
		form.fill(declaration);
		return form;
	}

	void fill(DeclarationView declaration) {
		this.declaredOn = declaration.declaredOn();
		this.declaredOnPrecision = declaration.declaredOnPrecision();
		this.venue = declaration.venue();
		this.officialName = declaration.officialName();
		this.officialPosition = declaration.officialPosition();
		this.targetPredicate = declaration.targetPredicate();
		this.description = declaration.description();
		this.legalBasis = declaration.legalBasis();
		this.witnesses = new ArrayList<>(declaration.witnesses().stream().map(WitnessRow::of).toList());
		this.pressLinks = new ArrayList<>(declaration.pressLinks().stream().map(PressLinkRow::of).toList());
	}

	DeclarationDetails toDetails() {
		return new DeclarationDetails(this.declaredOn, this.venue, this.officialName, this.officialPosition,
				this.targetPredicate, this.description, this.legalBasis, this.declaredOnPrecision);
	}

	List<Witness> witnesses() {
		return this.witnesses.stream().map(WitnessRow::toWitness).toList();
	}

	List<PressLink> pressLinks() {
		return this.pressLinks.stream().map(PressLinkRow::toPressLink).toList();
	}

	/** The files chosen on the form, each with the kind chosen for them. */
	List<Upload> uploads() throws IOException {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : this.files) {
			if (file != null && !file.isEmpty()) {
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes(), this.fileKind));
			}
		}
		return uploads;
	}

	boolean hasFile() {
		return this.files.stream().anyMatch((file) -> file != null && !file.isEmpty());
	}

	public LocalDate getDeclaredOn() {
		return this.declaredOn;
	}

	public void setDeclaredOn(LocalDate declaredOn) {
		this.declaredOn = declaredOn;
	}

	public DatePrecision getDeclaredOnPrecision() {
		return this.declaredOnPrecision;
	}

	public void setDeclaredOnPrecision(DatePrecision declaredOnPrecision) {
		this.declaredOnPrecision = (declaredOnPrecision != null) ? declaredOnPrecision : DatePrecision.DAY;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getOfficialName() {
		return this.officialName;
	}

	public void setOfficialName(String officialName) {
		this.officialName = officialName;
	}

	public String getOfficialPosition() {
		return this.officialPosition;
	}

	public void setOfficialPosition(String officialPosition) {
		this.officialPosition = officialPosition;
	}

	public Predicate getTargetPredicate() {
		return this.targetPredicate;
	}

	public void setTargetPredicate(Predicate targetPredicate) {
		this.targetPredicate = targetPredicate;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public List<WitnessRow> getWitnesses() {
		return this.witnesses;
	}

	public void setWitnesses(List<WitnessRow> witnesses) {
		this.witnesses = witnesses;
	}

	public List<PressLinkRow> getPressLinks() {
		return this.pressLinks;
	}

	public void setPressLinks(List<PressLinkRow> pressLinks) {
		this.pressLinks = pressLinks;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

	public DocumentKind getFileKind() {
		return this.fileKind;
	}

	public void setFileKind(DocumentKind fileKind) {
		this.fileKind = fileKind;
	}

}
