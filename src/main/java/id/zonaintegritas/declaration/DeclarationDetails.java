package id.zonaintegritas.declaration;

import java.time.LocalDate;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.Text;

/**
 * What a declaration says: when, where, who declared, towards which predicate, and on
 * what legal basis. Any field may be empty in a draft; a submitted declaration has date,
 * venue and the declaring official.
 *
 * @param declaredOn the date of the declaration event
 * @param venue where it took place
 * @param officialName the declaring official
 * @param officialPosition that official's position
 * @param targetPredicate WBK, or WBBM for a unit that holds WBK
 * @param description what happened, in a few sentences
 * @param legalBasis the regulations and letters the declaration refers to
 * @param declaredOnPrecision how much of the date is known (the day when not given); a
 * date known to its month or year is kept as the first day of it
 */
public record DeclarationDetails(LocalDate declaredOn, String venue, String officialName, String officialPosition,
		Predicate targetPredicate, String description, String legalBasis, DatePrecision declaredOnPrecision) {

	public DeclarationDetails {
		declaredOnPrecision = (declaredOnPrecision != null) ? declaredOnPrecision : DatePrecision.DAY;
		declaredOn = declaredOnPrecision.normalise(declaredOn);
	}

	/** Details whose date is known to the day. */
	public DeclarationDetails(LocalDate declaredOn, String venue, String officialName, String officialPosition,
			Predicate targetPredicate, String description, String legalBasis) {
		this(declaredOn, venue, officialName, officialPosition, targetPredicate, description, legalBasis,
				DatePrecision.DAY);
	}

	@ColumnLimit(table = "declaration", column = "venue")
	public static final int VENUE_LENGTH = 200;

	@ColumnLimit(table = "declaration", column = "official_name")
	public static final int OFFICIAL_NAME_LENGTH = 150;

	@ColumnLimit(table = "declaration", column = "official_position")
	public static final int OFFICIAL_POSITION_LENGTH = 200;

	@ColumnLimit(table = "declaration", column = "description")
	public static final int DESCRIPTION_LENGTH = 4000;

	@ColumnLimit(table = "declaration", column = "legal_basis")
	public static final int LEGAL_BASIS_LENGTH = 2000;

	/** Refuses any text longer than its column. */
	void requireLengths() {
		Text.requireAtMost(this.venue, VENUE_LENGTH, "declaration.venue");
		Text.requireAtMost(this.officialName, OFFICIAL_NAME_LENGTH, "declaration.officialName");
		Text.requireAtMost(this.officialPosition, OFFICIAL_POSITION_LENGTH, "declaration.officialPosition");
		Text.requireAtMost(this.description, DESCRIPTION_LENGTH, "declaration.description");
		Text.requireAtMost(this.legalBasis, LEGAL_BASIS_LENGTH, "declaration.legalBasis");
	}

}
