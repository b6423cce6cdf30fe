package id.zonaintegritas.declaration;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.Text;
import jakarta.persistence.Embeddable;

/**
 * A news article that covered the declaration.
 *
 * @param url the article's address (http or https)
 * @param title the article's title
 */
@Embeddable
public record PressLink(String url, String title) {

	@ColumnLimit(table = "declaration_press_link", column = "url")
	public static final int URL_LENGTH = 1000;

	@ColumnLimit(table = "declaration_press_link", column = "title")
	public static final int TITLE_LENGTH = 300;

	void requireLengths() {
		Text.requireAtMost(this.url, URL_LENGTH, "declaration.pressLinks");
		Text.requireAtMost(this.title, TITLE_LENGTH, "declaration.pressLinks");
	}

}
