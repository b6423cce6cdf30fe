package id.zonaintegritas.declaration;

/**
 * A declaration is prepared as a draft, then submitted; once submitted it is read-only.
 */
public enum DeclarationStatus {

	DRAFT, SUBMITTED

}
