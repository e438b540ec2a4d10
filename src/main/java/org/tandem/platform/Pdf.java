package org.tandem.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders an XHTML document to PDF with openhtmltopdf, the same way for every module (an engagement's export, an
 * audit's reports): DejaVu Sans embedded from the application (never a system font; a template names it as
 * {@value #FONT}), Unicode bidi splitting and reordering with Arabic shaping from ICU, right to left for a
 * right-to-left language. All in memory and bounded; nothing is fetched (no link, image, style sheet or font from
 * elsewhere) and no file is written.
 */
@Component
public class Pdf {

	/** The largest PDF made; what a module lays out keeps a real document far below. */
	public static final int SIZE_LIMIT = 32 * 1024 * 1024;

	/** The font family a template names. */
	public static final String FONT = "DejaVu Sans";

	private final byte[] regular;

	private final byte[] bold;

	Pdf() {
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
	}

	/** Whether the language is written right to left (Arabic). */
	public static boolean rightToLeft(Locale locale) {
		return ULocale.forLocale(locale).isRightToLeft();
	}

	/** The PDF of a well-formed XHTML document in the language {@code locale}. */
	public byte[] render(String xhtml, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try (OutputStream bounded = new Bounded(out)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
			builder.defaultTextDirection(rightToLeft(locale) ? BaseRendererBuilder.TextDirection.RTL
					: BaseRendererBuilder.TextDirection.LTR);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(bounded);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = Pdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The PDF font is missing: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Refuses to grow past {@link #SIZE_LIMIT}. */
	private static final class Bounded extends java.io.FilterOutputStream {

		private long written;

		Bounded(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count(len);
			out.write(b, off, len);
		}

		private void count(int n) throws IOException {
			written += n;
			if (written > SIZE_LIMIT) {
				throw new IOException("The PDF is larger than " + SIZE_LIMIT + " bytes");
			}
		}

	}

}
