package id.zonaintegritas.declaration.web;

import id.zonaintegritas.declaration.PressLink;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One press coverage row of the declaration form. */
public class PressLinkRow {

	@NotBlank
	@Size(max = 1000)
	@Pattern(regexp = "^https?://[^\\s<>\"]+$", message = "{declaration.form.urlInvalid}")
	private String url;

	@NotBlank
	@Size(max = 300)
	private String title;

	static PressLinkRow of(PressLink link) {
		PressLinkRow row = new PressLinkRow();
		row.url = link.url();
		row.title = link.title();
		return row;
	}

	PressLink toPressLink() {
		return new PressLink(this.url.strip(), this.title.strip());
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
