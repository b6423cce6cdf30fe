package id.zonaintegritas.shared.web;

/**
 * A form whose command cannot be taken back, submitted in two steps ("check before it
 * counts"): the first submit shows what will happen and does nothing; the check page
 * sends the same values again with {@code confirmed}, or with {@code change} to go back
 * to the form with everything that was typed and chosen.
 */
public abstract class CheckedForm {

	private boolean confirmed;

	private boolean change;

	/** The first submit: show the check page. */
	public boolean toCheck() {
		return !this.confirmed && !this.change;
	}

	/** Confirmed on the check page: carry the command out. */
	public boolean toCarryOut() {
		return this.confirmed && !this.change;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	public boolean isChange() {
		return this.change;
	}

	public void setChange(boolean change) {
		this.change = change;
	}

}
