package id.zonaintegritas.declaration;

import jakarta.persistence.Embeddable;

/**
 * A news article that covered the declaration.
 *
 * @param url the article's address (http or https)
 * @param title the article's title
 */
@Embeddable
public record PressLink(String url, String title) {
}
