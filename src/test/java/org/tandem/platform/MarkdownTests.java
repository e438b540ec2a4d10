package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notes in Markdown: ordinary Markdown renders, and nothing a person types can make the page run code, load
 * something or restyle it: the HTML that comes out is parsed and every element, attribute and link checked.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void ordinaryMarkdownRenders() {
		Document html = Jsoup.parseBodyFragment(markdown.html("""
				# Plan
				## Next steps

				We agreed on **two-factor** for *everyone*, see [the guide](https://example.org/2fa).
				A second line.

				- Signal for calls
				- `gpg --full-generate-key`

				1. Backups
				2. Passwords

				> Quote from the meeting

				```
				sudo apt install keepassxc
				```

				---
				Write to <mailto:help@example.org> or <https://example.org/help>.
				"""));
		assertThat(html.select("h3").text()).isEqualTo("Plan");
		assertThat(html.select("h4").text()).isEqualTo("Next steps");
		assertThat(html.select("h1, h2")).isEmpty();
		assertThat(html.select("strong").text()).isEqualTo("two-factor");
		assertThat(html.select("em").text()).isEqualTo("everyone");
		assertThat(html.select("ul li")).hasSize(2);
		assertThat(html.select("ol li")).hasSize(2);
		assertThat(html.select("blockquote").text()).isEqualTo("Quote from the meeting");
		assertThat(html.select("pre code").text()).isEqualTo("sudo apt install keepassxc");
		assertThat(html.select("hr")).hasSize(1);
		assertThat(html.select("br")).isNotEmpty();
		Element link = html.selectFirst("a[href=https://example.org/2fa]");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("the guide");
		assertThat(link.attr("rel").split(" ")).contains("nofollow", "noopener", "noreferrer");
		assertThat(html.select("a[href=mailto:help@example.org]")).hasSize(1);
		assertThat(html.select("a[href=https://example.org/help]")).hasSize(1);
		assertOnlySafe(html);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Hello <script>alert(1)</script> there",
			"<div onclick=\"alert(1)\">click</div>", "<img src=x onerror=alert(1)>", "![x](javascript:alert(1))",
			"![logo](https://example.org/track.png)", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](java\tscript:alert(1))", "[click](&#106;avascript:alert(1))",
			"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[click](vbscript:msgbox(1))",
			"<javascript:alert(1)>", "<data:text/html,<script>alert(1)</script>>", "[a]: javascript:alert(1)\n\n[x][a]",
			"[[nested]](javascript:alert(1))", "[x](<javascript:alert(1)>)", "[x]([y](javascript:alert(1)))",
			"<iframe src=\"https://example.org\"></iframe>", "<style>body{display:none}</style>",
			"<a href=\"https://example.org\" style=\"position:fixed\" class=\"button\">x</a>",
			"<svg><script>alert(1)</script></svg>", "<!-- comment --><b onmouseover=alert(1)>x</b>",
			"```html\n<script>alert(1)</script>\n```", "`<script>alert(1)</script>`",
			"<details open ontoggle=alert(1)>", "[x](https://example.org \"title\" onmouseover=alert(1))",
			"<form action=\"https://evil.example\"><button>go</button></form>", "<meta http-equiv=refresh content=0>",
			"<object data=\"javascript:alert(1)\"></object>", "<http://example.org/\"onmouseover=\"alert(1)>" })
	void nothingExecutableComesThrough(String attempt) {
		String rendered = markdown.html(attempt);
		assertOnlySafe(Jsoup.parseBodyFragment(rendered));
		// what was typed may be shown as text; never as a tag
		assertThat(rendered.toLowerCase()).doesNotContain("<script", "<img", "<iframe", "<style", "<svg", "<form",
				"<meta", "<object", "<div", "<details", "<b ");
	}

	@Test
	void rawHtmlIsShownAsTheTextItIs() {
		Document html = Jsoup.parseBodyFragment(markdown.html("Before <script>alert(1)</script> after"));
		assertThat(html.text()).isEqualTo("Before <script>alert(1)</script> after");
		assertThat(html.select("script")).isEmpty();
		Document block = Jsoup.parseBodyFragment(markdown.html("<div>\n<img src=x onerror=alert(1)>\n</div>"));
		assertThat(block.text()).contains("<img src=x onerror=alert(1)>");
		assertThat(block.select("img, div")).isEmpty();
	}

	@Test
	void emptyAndOverlongInput() {
		assertThat(markdown.html(null)).isEmpty();
		assertThat(markdown.html("  \n ")).isEmpty();
		String rendered = markdown.html("a".repeat(Markdown.LIMIT + 5_000));
		assertThat(Jsoup.parseBodyFragment(rendered).text()).hasSize(Markdown.LIMIT);
	}

	/** Only the allowed elements, only href on links, and links only to http, https and mailto. */
	private static void assertOnlySafe(Document html) {
		for (Element element : html.body().select("*")) {
			if (element == html.body()) {
				continue;
			}
			assertThat(element.tagName()).isIn("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
					"h3", "h4", "h5", "h6", "hr", "a");
			element.attributes().forEach(attribute -> {
				assertThat(element.tagName()).as(attribute.getKey()).isEqualTo("a");
				assertThat(attribute.getKey()).isIn("href", "rel");
			});
			if (element.tagName().equals("a") && element.hasAttr("href")) {
				assertThat(element.attr("href").toLowerCase()).matches("(https?://|mailto:).*");
			}
		}
	}

}
