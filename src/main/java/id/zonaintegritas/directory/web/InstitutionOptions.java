package id.zonaintegritas.directory.web;

import java.util.List;

import id.zonaintegritas.institution.InstitutionChoice;

import org.springframework.web.util.HtmlUtils;

/**
 * The directory's institution filter, some 500 options, written out directly: through
 * Thymeleaf, three expressions for each option were most of the directory's rendering
 * time (JFR profile, docs/performance.md). Names are HTML-escaped here.
 */
final class InstitutionOptions {

	private InstitutionOptions() {
	}

	static String html(List<InstitutionChoice> institutions, Long selected) {
		StringBuilder html = new StringBuilder(institutions.size() * 64);
		for (InstitutionChoice institution : institutions) {
			html.append("<option value=\"").append(institution.id()).append('"');
			if (selected != null && selected == institution.id()) {
				html.append(" selected");
			}
			html.append('>').append(HtmlUtils.htmlEscape(institution.name(), "UTF-8")).append("</option>\n");
		}
		return html.toString();
	}

}
