package id.zonaintegritas.pact.web;

import java.util.List;
import java.util.Locale;

import id.zonaintegritas.pact.PactSigningView;
import id.zonaintegritas.shared.DatePrecision;

import org.springframework.context.MessageSource;

/**
 * A row of a unit's signing list with its texts ready: with fifty rows a page, the role's
 * text, the date and the two links with their labels were most of the page's template
 * expressions, evaluated on every page; here each is one plain value.
 *
 * @param name who signed
 * @param nip the NIP, or a dash
 * @param position the signatory's position
 * @param role the capacity in which they signed, in the reader's language
 * @param signedOn when, as people read a date
 * @param correctHref the form that corrects the signing
 * @param correctLabel that link's name for a screen reader: whose signing it corrects
 * @param removeHref the page that removes it
 * @param removeLabel that link's name for a screen reader
 */
record SigningRow(String name, String nip, String position, String role, String signedOn, String correctHref,
		String correctLabel, String removeHref, String removeLabel) {

	/**
	 * @param signings a page of signings
	 * @param listHref the unit's signing list, which each signing's pages are below
	 * @param texts the portal's texts
	 * @param locale the reader's language
	 * @return their rows
	 */
	static List<SigningRow> of(List<PactSigningView> signings, String listHref, MessageSource texts, Locale locale) {
		return signings.stream()
			.map((signing) -> new SigningRow(signing.signatoryName(), (signing.nip() != null) ? signing.nip() : "—",
					signing.position(), texts.getMessage("signingRole." + signing.role(), null, locale),
					DatePrecision.DAY.display(signing.signedOn(), locale), listHref + "/" + signing.id() + "/ubah",
					texts.getMessage("pact.correctNamed", new Object[] { signing.signatoryName() }, locale),
					listHref + "/" + signing.id() + "/hapus",
					texts.getMessage("pact.removeNamed", new Object[] { signing.signatoryName() }, locale)))
			.toList();
	}

}
