package id.zonaintegritas.declaration;

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
}
