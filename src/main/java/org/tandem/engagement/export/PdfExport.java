package org.tandem.engagement.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays an export out as XHTML from {@code templates/engagement/export-pdf.html} and renders it to PDF with
 * openhtmltopdf: DejaVu Sans embedded from the application (never a system font), Unicode bidi splitting and
 * reordering with Arabic shaping from ICU, right to left for Arabic. All in memory, bounded; nothing is fetched (the
 * template links nothing) and no file is written.
 */
@Component
class PdfExport {

	/** The largest PDF made; the sections' row limits keep a real export far below. */
	static final int SIZE_LIMIT = 32 * 1024 * 1024;

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final byte[] regular;

	private final byte[] bold;

	PdfExport(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
	}

	byte[] render(EngagementExports.Document document) {
		String html = templates.process("engagement/export-pdf",
				new Context(document.locale(), Map.of("doc", document)));
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try (OutputStream bounded = new Bounded(out)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(document.locale()));
			builder.defaultTextDirection(document.rightToLeft() ? BaseRendererBuilder.TextDirection.RTL
					: BaseRendererBuilder.TextDirection.LTR);
			// nothing outside the document is ever loaded: no link, image, style sheet or font from elsewhere
			builder.useExternalResourceAccessControl((uri, type) -> false,
					com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(html, null);
			builder.toStream(bounded);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] font(String path) {
		try (InputStream in = PdfExport.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The export's font is missing: " + path);
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
				throw new IOException("The export is larger than " + SIZE_LIMIT + " bytes");
			}
		}

	}

}
