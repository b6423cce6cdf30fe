package id.zonaintegritas.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF's text, as PDFBox reads it back. */
public final class Pdfs {

	private Pdfs() {
	}

	public static String text(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII)).as("a PDF")
			.isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
