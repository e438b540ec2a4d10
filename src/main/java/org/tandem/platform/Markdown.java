package org.tandem.platform;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Text written in Markdown (an engagement's notes and guides, the hub's cohort agreements), turned into HTML a page
 * may show as it is ({@code th:utext}, handed to the templates by the controllers) and nothing else may: commonmark-java renders with raw HTML escaped (shown as the
 * text it is) and unsafe links emptied, then the OWASP sanitizer keeps only paragraphs, emphasis, code, quotes,
 * lists, headings, rules and links to absolute http, https and mailto addresses (marked nofollow, noopener,
 * noreferrer). No images, styles, classes or scripts ever come through. The page's own headings are h1 and h2, so a
 * text's headings start at h3. Shared in the platform so every module renders Markdown the same way.
 */
@Component
public class Markdown {

	/** The longest Markdown text rendered; a longer one is cut (the domain refuses it before it is stored). */
	public static final int LIMIT = 20_000;

	/** Links only to the web and to mail: no relative links into Tandem itself, no other scheme. */
	private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?://|mailto:)\\S+");

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h3", "h4", "h5",
				"h6", "hr", "a")
		.allowElements((name, attributes) -> "h3", "h1")
		.allowElements((name, attributes) -> "h4", "h2")
		.allowAttributes("href")
		.matching((element, attribute, value) -> ABSOLUTE.matcher(value).matches() ? value : null)
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	/** Safe HTML for the Markdown text; empty for none. */
	public String html(@Nullable String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String bounded = markdown.length() > LIMIT ? markdown.substring(0, LIMIT) : markdown;
		return POLICY.sanitize(RENDERER.render(PARSER.parse(bounded)));
	}

}
