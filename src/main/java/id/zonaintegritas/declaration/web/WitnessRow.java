package id.zonaintegritas.declaration.web;

import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One witness row of the declaration form. */
public class WitnessRow {

	@NotNull
	private WitnessKind kind;

	@NotBlank
	@Size(max = Witness.ORGANISATION_NAME_LENGTH)
	private String organisationName;

	@NotBlank
	@Size(max = Witness.PERSON_NAME_LENGTH)
	private String personName;

	@Size(max = Witness.POSITION_LENGTH)
	private String position;

	static WitnessRow of(Witness witness) {
		WitnessRow row = new WitnessRow();
		row.kind = witness.kind();
		row.organisationName = witness.organisationName();
		row.personName = witness.personName();
		row.position = witness.position();
		return row;
	}

	Witness toWitness() {
		// Text.clean: also asked of a row the form's own checks refused (empty is null).
		return new Witness(this.kind, Text.clean(this.organisationName), Text.clean(this.personName),
				Text.clean(this.position));
	}

	public WitnessKind getKind() {
		return this.kind;
	}

	public void setKind(WitnessKind kind) {
		this.kind = kind;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getPersonName() {
		return this.personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
