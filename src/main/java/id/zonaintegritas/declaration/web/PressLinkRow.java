package id.zonaintegritas.declaration.web;

import id.zonaintegritas.declaration.PressLink;
import id.zonaintegritas.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One press coverage row of the declaration form. */
public class PressLinkRow {

	@NotBlank
	@Size(max = PressLink.URL_LENGTH)
	@Pattern(regexp = "^https?://[^\\s<>\"]+$", message = "{declaration.form.urlInvalid}")
	private String url;

	@NotBlank
	@Size(max = PressLink.TITLE_LENGTH)
	private String title;

	static PressLinkRow of(PressLink link) {
		PressLinkRow row = new PressLinkRow();
		row.url = link.url();
		row.title = link.title();
		return row;
	}

	PressLink toPressLink() {
		return new PressLink(Text.clean(this.url), Text.clean(this.title));
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
