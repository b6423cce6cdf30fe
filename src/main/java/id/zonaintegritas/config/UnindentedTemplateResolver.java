package id.zonaintegritas.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

import org.springframework.util.FileCopyUtils;

/**
 * Reads the templates without the indentation of their lines. The indentation that makes
 * a template readable was a fifth of what a page sent (16 of the 84 KB of
 * {@code /statistik}), on every response. Templates are read once and kept parsed, so
 * this costs nothing per request. Line breaks stay, so no two words run together and a
 * template's errors keep their line numbers; inside {@code pre} and {@code textarea},
 * where spaces show, nothing changes.
 */
class UnindentedTemplateResolver extends SpringResourceTemplateResolver {

	private static final Pattern SPACES_SHOW = Pattern.compile("<(pre|textarea)\\b.*?</\\1\\s*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern INDENTATION = Pattern.compile("\n[ \t]+");

	@Override
	protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
			String template, String resourceName, String characterEncoding,
			Map<String, Object> templateResolutionAttributes) {
		return new Unindented(super.computeTemplateResource(configuration, ownerTemplate, template, resourceName,
				characterEncoding, templateResolutionAttributes));
	}

	static String unindent(String template) {
		StringBuilder unindented = new StringBuilder(template.length());
		Matcher spacesShow = SPACES_SHOW.matcher(template);
		int from = 0;
		while (spacesShow.find()) {
			unindented.append(INDENTATION.matcher(template.substring(from, spacesShow.start())).replaceAll("\n"));
			unindented.append(spacesShow.group());
			from = spacesShow.end();
		}
		return unindented.append(INDENTATION.matcher(template.substring(from)).replaceAll("\n")).toString();
	}

	private record Unindented(ITemplateResource template) implements ITemplateResource {

		@Override
		public String getDescription() {
			return this.template.getDescription();
		}

		@Override
		public String getBaseName() {
			return this.template.getBaseName();
		}

		@Override
		public boolean exists() {
			return this.template.exists();
		}

		@Override
		public Reader reader() throws IOException {
			return new StringReader(unindent(FileCopyUtils.copyToString(this.template.reader())));
		}

		@Override
		public ITemplateResource relative(String relativeLocation) {
			return new Unindented(this.template.relative(relativeLocation));
		}

	}

}
