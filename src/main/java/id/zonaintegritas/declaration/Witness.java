package id.zonaintegritas.declaration;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Someone who witnessed the declaration on behalf of an organisation.
 *
 * @param kind the kind of organisation
 * @param organisationName the organisation, for instance "Ombudsman RI Perwakilan Banten"
 * @param personName the person who attended
 * @param position that person's position, if known
 */
@Embeddable
public record Witness(@Enumerated(EnumType.STRING) @Column(name = "organisation_kind") WitnessKind kind,
		@Column(name = "organisation_name") String organisationName, @Column(name = "person_name") String personName,
		@Column(name = "person_position") String position) {

	@ColumnLimit(table = "witness", column = "organisation_name")
	public static final int ORGANISATION_NAME_LENGTH = 200;

	@ColumnLimit(table = "witness", column = "person_name")
	public static final int PERSON_NAME_LENGTH = 150;

	@ColumnLimit(table = "witness", column = "person_position")
	public static final int POSITION_LENGTH = 200;

	void requireLengths() {
		Text.requireAtMost(this.organisationName, ORGANISATION_NAME_LENGTH, "witness.organisationName");
		Text.requireAtMost(this.personName, PERSON_NAME_LENGTH, "witness.personName");
		Text.requireAtMost(this.position, POSITION_LENGTH, "witness.position");
	}

}
