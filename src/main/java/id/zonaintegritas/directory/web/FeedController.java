package id.zonaintegritas.directory.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import id.zonaintegritas.directory.Directory;
import id.zonaintegritas.directory.FeedEntry;
import id.zonaintegritas.directory.PublicEvents;
import id.zonaintegritas.shared.PublicAddress;
import id.zonaintegritas.shared.Text;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Atom feed of declarations, designations and revocations, and the sitemap. */
@Controller
class FeedController {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final PublicEvents events;

	private final MessageSource messages;

	private final Directory directory;

	private final PublicAddress address;

	FeedController(PublicEvents events, Directory directory, MessageSource messages, PublicAddress address) {
		this.events = events;
		this.directory = directory;
		this.messages = messages;
		this.address = address;
	}

	@GetMapping("/feed.atom")
	void feed(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = this.address.of("");
		List<FeedEntry> entries = this.events.latest(50);
		response.setContentType("application/atom+xml;charset=UTF-8");
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "title", message("feed.title"));
		element(xml, "id", base + "/feed.atom");
		element(xml, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.get(0).at()).toString());
		link(xml, base + "/feed.atom", "self");
		link(xml, base + "/direktori", null);
		xml.writeStartElement("author");
		element(xml, "name", message("portal.name"));
		xml.writeEndElement();
		for (FeedEntry entry : entries) {
			String url = base + "/direktori/" + entry.slug();
			xml.writeStartElement("entry");
			element(xml, "title", message("feed." + entry.kind(), entry.unitName()));
			element(xml, "id", base + "/feed/" + entry.id());
			element(xml, "updated", entry.at().toString());
			link(xml, url, null);
			element(xml, "summary", entry.detail());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		String base = this.address.of("");
		response.setContentType("application/xml;charset=UTF-8");
		XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		for (String path : new String[] { "/", "/direktori", "/statistik" }) {
			url(xml, base + path);
		}
		try {
			this.directory.unitSlugs((slug) -> {
				try {
					url(xml, base + "/direktori/" + slug);
				}
				catch (XMLStreamException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() instanceof XMLStreamException cause) {
				throw cause;
			}
			throw ex;
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private static void url(XMLStreamWriter xml, String location) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", location);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("href", Text.xml(href));
		if (rel != null) {
			xml.writeAttribute("rel", rel);
		}
	}

	// Stored text is cleaned on the way in, but older rows and psql need not be: a
	// character XML does not allow would make the feed unreadable for everyone.
	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(Text.xml(text));
		xml.writeEndElement();
	}

}
