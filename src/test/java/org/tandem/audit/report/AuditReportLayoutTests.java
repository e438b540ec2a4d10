package org.tandem.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.report.ReportInput.Finding;
import org.tandem.audit.Priority;
import org.tandem.audit.report.ReportInput.Recommendation;
import org.tandem.audit.RecommendationStatus;

/**
 * The reports' layout from inputs built by hand, rendered for real (Thymeleaf, openhtmltopdf) and read back: the PDF's
 * text through PDFBox in English, Spanish and Arabic (shaped and reordered, compared after normalization as the
 * engagement's export tests do), the summary within two A4 pages however much the audit holds, and every typed value
 * escaped in the HTML.
 */
@SpringBootTest
public class AuditReportLayoutTests {

	static final String ARABIC_FINDING = "canary-كلمة المرور نفسها على ثلاثة حسابات";

	static final String ARABIC_RECOMMENDATION = "canary-فعّلوا التحقق بخطوتين";

	@Autowired
	ReportLayout layout;

	@Test
	void theSummaryPdfReadsBackInEnglish() throws IOException {
		ReportInput input = AuditReportFixtures.input(Locale.ENGLISH, "canary-Radio Norte",
				"canary-One password everywhere", "canary-Two-step sign-in for everyone");
		byte[] pdf = pdf(input, ReportKind.SUMMARY);
		String text = text(pdf);
		assertThat(text).contains("Summary for decision makers", "Version 1", "The most serious findings",
				"The main recommendations", "What to do first", "12 people", "Mexico",
				"At a distance, with local support", "canary-Radio Norte");
		assertThat(plain(text)).contains(plain("canary-One password everywhere"),
				plain("canary-Two-step sign-in for everyone"), plain("canary-Weekly backups"), "Veryhigh", "Accepted")
			// the declined recommendation is not in the summary; the full report has it
			.doesNotContain(plain("canary-Separate guest Wi-Fi"));
		assertThat(pages(pdf)).isEqualTo(1);
		System.out.println("audit summary PDF, small input: " + pdf.length + " bytes");
	}

	@Test
	void theFullReportPdfHasEverythingInSpanish() throws IOException {
		ReportInput input = AuditReportFixtures.input(Locale.forLanguageTag("es"), "canary-Radio Norte",
				"canary-Una contraseña para todo", "canary-Verificación en dos pasos");
		byte[] pdf = pdf(input, ReportKind.FULL);
		String plain = plain(text(pdf));
		assertThat(plain).contains(plain("Informe completo de la auditoría"), plain("Métodos y actividades utilizados"),
				plain("Hallazgos"), plain("Recomendaciones"), plain("Próximos pasos"), plain("México"),
				plain("canary-Una contraseña para todo"), plain("canary-Password reused on three accounts"),
				plain("canary-screenshot-1.png"), plain("canary-Nobody could travel"), plain("Omitida"),
				plain("canary-Separate guest Wi-Fi"), plain("Rechazada"), plain("canary-The landlord refuses"),
				plain("2031-03-01"), plain("Muy alta"), plain("12 personas"))
			// the Markdown is rendered: its marks are gone
			.contains(plain("canary-Turn on two-step sign-in"));
		System.out.println("audit full PDF, small input: " + pdf.length + " bytes");
	}

	@Test
	void thePdfReadsBackInArabicRightToLeft() throws IOException {
		ReportInput input = AuditReportFixtures.input(Locale.forLanguageTag("ar"), "canary-إذاعة الشمال",
				ARABIC_FINDING, ARABIC_RECOMMENDATION);
		String summary = text(pdf(input, ReportKind.SUMMARY));
		assertThat(plain(summary)).contains(plain("ملخص لصانعي القرار"), plain("أخطر النتائج"),
				plain("ما يجب فعله أولًا"), plain(ARABIC_FINDING), plain(ARABIC_RECOMMENDATION),
				plain("canary-إذاعة الشمال"));
		// Latin text typed into an Arabic report still reads left to right
		assertThat(summary).contains("canary-Weekly backups");
		assertThat(summary).doesNotContain("What to do first", "Summary for decision makers");
		String full = text(pdf(input, ReportKind.FULL));
		assertThat(plain(full)).contains(plain("تقرير التدقيق الكامل"), plain("الخطوات التالية"), plain(ARABIC_FINDING));
		String document = layout.document(layout.body(input, ReportKind.SUMMARY, 1), input.language(),
				ReportKind.SUMMARY, 1);
		assertThat(Jsoup.parse(document).selectFirst("html").attr("dir")).isEqualTo("rtl");
	}

	@Test
	void theSummaryStaysWithinTwoPagesHoweverMuchTheAuditHolds() throws IOException {
		for (String language : List.of("en", "ar", "es")) {
			ReportInput input = AuditReportFixtures.large(Locale.forLanguageTag(language));
			byte[] summary = pdf(input, ReportKind.SUMMARY);
			assertThat(pages(summary)).as(language).isBetween(1, 2);
			// the same audit's full report runs to many pages: the summary's bound is its own doing
			if (language.equals("en")) {
				byte[] full = pdf(input, ReportKind.FULL);
				assertThat(pages(full)).isGreaterThan(10);
				System.out.println("audit PDFs, large input: summary " + summary.length + " bytes, full " + full.length
						+ " bytes, " + pages(full) + " pages");
			}
		}
	}

	@Test
	void everythingTypedIsEscapedInTheHtml() {
		String vector = "canary-<script>alert(1)</script><img src=x onerror=alert(2)>";
		ReportInput input = new ReportInput(java.util.UUID.randomUUID(), vector, Locale.ENGLISH,
				new ReportInput.Context(vector, vector, 3, null, AuditSetting.REMOTE, 60), List.of(),
				List.of(new Finding(vector, AuditReportFixtures.CATEGORY, List.of(vector), 5, 5, vector, List.of(vector),
						vector)),
				List.of(new Recommendation(vector, vector + "\n\n[link](javascript:alert(3)) <a href=\"javascript:x\">a</a>",
						List.of(vector), vector, vector, Priority.HIGH, RecommendationStatus.ACCEPTED, vector)),
				null, java.time.Instant.now(), vector);
		for (ReportKind kind : ReportKind.values()) {
			String body = layout.body(input, kind, 1);
			String document = layout.document(body, Locale.ENGLISH, kind, 1);
			for (String html : List.of(body, document)) {
				Document parsed = Jsoup.parse(html);
				assertThat(parsed.select("script, img, [onerror]")).as(kind.name()).isEmpty();
				assertThat(parsed.select("a[href^=javascript]")).isEmpty();
				assertThat(html).doesNotContain("<script>", "<img");
				// the text is shown as it was typed
				assertThat(parsed.text()).contains("<script>alert(1)</script>");
			}
		}
		// and the PDF of such a report still renders
		assertThat(text(pdf(input, ReportKind.FULL))).contains("<script>alert(1)</script>");
	}

	private byte[] pdf(ReportInput input, ReportKind kind) {
		return layout.pdf(layout.document(layout.body(input, kind, 1), input.language(), kind, 1), input.language());
	}

	public static String text(byte[] pdf) {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	public static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	/**
	 * Text compared the robust way for shaped, right-to-left text: compatibility-normalized, without bidi marks,
	 * tatweel, diacritics or any white space (lines break where the page did). Applied to both sides.
	 */
	public static String plain(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return normalized.replaceAll("[\\s\\u200e\\u200f\\u2066-\\u2069\\u202a-\\u202e\\u0640\\u064b-\\u0652]", "");
	}

}
