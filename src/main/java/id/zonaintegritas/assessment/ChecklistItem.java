package id.zonaintegritas.assessment;

/**
 * A document an institution expects as evidence (bukti dukung) for a question.
 *
 * @param id its id
 * @param questionCode the question
 * @param position 1-based, in the question's list
 * @param text what is expected
 */
public record ChecklistItem(long id, String questionCode, int position, String text) {

	/** The longest item. */
	public static final int TEXT_LENGTH = 500;

}
