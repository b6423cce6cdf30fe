package id.zonaintegritas.shared.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.web.util.HtmlUtils;

/**
 * QR codes as SVG, drawn as one path of unit squares: sharp at any size, in a page or a
 * printed PDF, with no image to load.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/**
	 * The text as a QR code, an SVG whose width and height are {@code size} (CSS units),
	 * named {@code label} for screen readers (escaped here).
	 */
	public static String svg(String text, String size, String label) {
		BitMatrix matrix = matrix(text);
		int width = matrix.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < width; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label)
				+ "\" viewBox=\"0 0 " + width + " " + width + "\" width=\"" + size + "\" height=\"" + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"" + width + "\" height=\"" + width
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	/**
	 * The text as a QR code, a PNG of {@code scale} pixels per module as a {@code data:}
	 * address, for printed documents.
	 */
	public static String pngDataUri(String text, int scale) {
		BitMatrix matrix = matrix(text);
		int width = matrix.getWidth() * scale;
		BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < width; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	private static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Too long for a QR code", ex);
		}
	}

}
