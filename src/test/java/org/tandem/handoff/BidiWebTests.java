package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.platform.Role;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

/**
 * In Arabic, the pages a handoff goes through (the request sent, the requester choosing what to share, the provider's
 * introduction, the staff pages of the request and the handoff) as rendered HTML: every phone number, email, time and
 * reference sits inside an element that isolates it left to right, every text typed by a person inside one that
 * takes its own direction, every data table in a named, focusable scrolling box, and lists use the Arabic comma.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BidiWebTests extends HandoffTestSupport {

	static final String SIGNAL = "+961 70 123 456";

	static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2} UTC)?");

	static final Pattern REFERENCE = Pattern.compile("\\b[RPB]-[0-9A-Z-]{4,}");

	@Test
	void valuesInArabicPagesAreIsolatedAndTablesScrollInTheirOwnBox() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("مختبر الأمان " + tag);
		WebSession staff = staff();
		String email = "a-rather-long-mailbox-" + tag + "@newsroom-of-an-organization.example.org";
		Requester requester = requester(staff, false, Map.of("signal", SIGNAL, "email", email,
				"organizationName", "إذاعة الجنوب " + tag));
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());
		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect())
			.contains("accepted");

		Document choosing = requester.web().get(requester.path() + "/introduction?lang=ar").html();
		assertThat(choosing.selectFirst("html").attr("dir")).isEqualTo("rtl");
		Element signal = choosing.selectFirst("#reveal-value-SIGNAL");
		assertThat(signal.tagName()).isEqualTo("bdi");
		assertThat(signal.attr("dir")).isEqualTo("ltr");
		assertThat(signal.text()).isEqualTo(SIGNAL);
		assertThat(choosing.selectFirst("#reveal-value-EMAIL").attr("dir")).isEqualTo("ltr");
		assertThat(choosing.selectFirst("#reveal-value-ORGANIZATION").attr("dir")).isEqualTo("auto");
		// the provider's name, typed by a person, in its own <bdi> inside the translated sentence
		assertThat(choosing.select("main p bdi").eachText()).contains("مختبر الأمان " + tag);
		assertIsolated(choosing, SIGNAL, email);

		assertThat(requester.web().post(requester.path() + "/introduction",
				Map.of("reveal", "SIGNAL", "channel", "SIGNAL", "message", "اتصلوا بعد السادسة")).redirect())
			.contains("introduced");
		Document introduction = provider.web().get("/provider/handoffs/" + offer + "?lang=ar").html();
		assertThat(introduction.selectFirst("#shared-SIGNAL").attr("dir")).isEqualTo("ltr");
		assertThat(introduction.selectFirst("#shared-SIGNAL").text()).isEqualTo(SIGNAL);
		assertIsolated(introduction, SIGNAL);
		assertIsolated(provider.web().get("/provider/handoffs").html());

		Document requesterSide = requester.web().get(requester.path() + "/introduction").html();
		assertThat(requesterSide.selectFirst("#provider-email bdi").attr("dir")).isEqualTo("ltr");
		assertIsolated(requesterSide, SIGNAL, provider.email());

		WebSession arabicStaff = signedIn(Role.STAFF);
		arabicStaff.get("/dashboard?lang=ar");
		for (String path : List.of("/staff/requests/" + requester.id(), "/staff/requests/" + requester.id() + "/handoff",
				"/staff/handoffs", "/staff/requests", "/staff/requests/" + requester.id() + "/matching",
				"/staff/providers/" + provider.id(), "/staff/providers", "/staff/mail", "/staff/privacy", "/dashboard")) {
			WebSession.Page page = arabicStaff.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html().selectFirst("html").attr("dir")).as(path).isEqualTo("rtl");
			assertIsolated(page.html(), SIGNAL, email);
		}
		Document detail = arabicStaff.get("/staff/requests/" + requester.id()).html();
		assertThat(detail.selectFirst("#contact-signal").attr("dir")).isEqualTo("ltr");
		assertThat(detail.selectFirst("#contact-email").attr("dir")).isEqualTo("ltr");
		assertThat(detail.selectFirst("#description").attr("dir")).isEqualTo("auto");

		WebSession visitor = visitor();
		Document apply = visitor.get("/providers/apply?lang=ar").html();
		assertIsolated(apply);
		assertThat(apply.select("input[type=email], input[type=tel], input[type=url], input[name=signal]"))
			.isNotEmpty()
			.allSatisfy(input -> assertThat(input.attr("dir")).as(input.outerHtml()).isEqualTo("ltr"));
		Document form = visitor.get("/request").html();
		assertThat(form.select("input[name=email], input[name=signal], input[name=phone]"))
			.hasSize(3)
			.allSatisfy(input -> assertThat(input.attr("dir")).as(input.outerHtml()).isEqualTo("ltr"));
		assertThat(form.select("textarea:not([name=openpgpKey]), input[name=organizationName], input[name=region]"))
			.isNotEmpty()
			.allSatisfy(input -> assertThat(input.attr("dir")).as(input.outerHtml()).isEqualTo("auto"));
	}

	/**
	 * Every text in the page's main part holding one of these values, a time or a reference has an ancestor that
	 * isolates it left to right; every table scrolls inside a named, focusable box.
	 */
	static void assertIsolated(Document page, String... values) {
		Element main = page.selectFirst("main");
		List<String> loose = new ArrayList<>();
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
			if (!(node instanceof TextNode text) || text.isBlank()) {
				return;
			}
			String content = text.getWholeText();
			boolean valued = TIME.matcher(content).find() || REFERENCE.matcher(content).find();
			for (String value : values) {
				valued |= content.contains(value);
			}
			if (valued && !isolatedLeftToRight(text.parent())) {
				loose.add(text.parent().outerHtml());
			}
		}, main);
		assertThat(loose).as("values not isolated in " + page.location()).isEmpty();
		assertThat(main.select("table")).allSatisfy(table -> {
			Element box = table.parent();
			assertThat(box.hasClass("table-wrap")).as(table.id()).isTrue();
			assertThat(box.attr("tabindex")).isEqualTo("0");
			assertThat(box.attr("role")).isEqualTo("region");
			assertThat(box.attr("aria-label")).isNotBlank();
		});
	}

	static boolean isolatedLeftToRight(org.jsoup.nodes.Node node) {
		for (org.jsoup.nodes.Node at = node; at instanceof Element element && !element.tagName().equals("main");
				at = at.parent()) {
			if (element.attr("dir").equals("ltr") || element.tagName().equals("bdi")
					|| element.tagName().equals("textarea") || element.tagName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

}
