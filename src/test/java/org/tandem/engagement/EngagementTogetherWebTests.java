package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Working together over HTTP, as browsers without JavaScript send it, on H2 and PostgreSQL: each refused form says
 * why in the page's language and keeps what was typed, writes nothing, and a stale page is refused; notes in Markdown
 * come out as HTML with nothing a person typed able to run; a closed engagement offers no form and takes no change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementTogetherWebTests extends WebTestSupport {

	/** Each visitor from an address of its own, as on a real hub: the public forms' limits count per address. */
	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	OrganizationService organizations;

	@Test
	void refusedFormsSayWhyAndKeepWhatWasTyped() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		Person staff = fixtures.create(true, Role.STAFF);
		UUID organization = organizations.create(new Organization.Profile("Radio Sur " + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "AR")).id();
		organizations.addMember(organization, member.username());
		UUID engagement = engagements.openByHand(organization, provider.id(), staff.id()).id();
		String together = "/engagements/" + engagement + "/together";
		String base = "/engagements/" + engagement;
		WebSession memberWeb = visitor();
		AccountFixtures.signIn(memberWeb, member);
		WebSession providerWeb = provider.web();
		assertThat(memberWeb.get(base).html().select("nav.engagement-parts a[href=" + together + "]")).isNotEmpty();
		assertThat(memberWeb.get(together).status()).isEqualTo(200);

		// a meeting without a title, and one with a day that is not one
		WebSession.Page untitled = memberWeb.post(base + "/meetings", Map.of("heldOn", "2026-03-24", "title", " ",
				"notes", "canary-Lo que hablamos"));
		assertThat(untitled.status()).isEqualTo(200);
		assertThat(untitled.text()).contains("Give the meeting a title.");
		assertThat(untitled.html().selectFirst("textarea[name=notes]").text()).isEqualTo("canary-Lo que hablamos");
		assertThat(untitled.html().selectFirst("input[name=heldOn]").val()).isEqualTo("2026-03-24");
		WebSession.Page badDay = memberWeb.post(base + "/meetings", Map.of("heldOn", "24/03/2026", "title",
				"canary-Primera reunión"));
		assertThat(badDay.text()).contains("Give the day as year-month-day, for example 2026-03-24.");
		assertThat(badDay.html().selectFirst("input[name=title]").val()).isEqualTo("canary-Primera reunión");
		WebSession.Page spanish = memberWeb.post(base + "/meetings?lang=es", Map.of("heldOn", "2026-03-24", "title",
				""));
		assertThat(spanish.text()).contains("Ponle un título a la reunión.");
		memberWeb.get(together + "?lang=en");
		assertThat(count("engagement_meeting", engagement)).isZero();

		// notes in Markdown: rendered, and a script shown as the text it is
		assertThat(memberWeb.post(base + "/meetings", Map.of("heldOn", "2026-03-24", "title", "canary-Primera reunión",
				"notes", "We agreed on **two-factor**.\n\n<script>alert('x')</script>\n\n[phish](javascript:alert(1))"))
			.redirect()).contains("meetingAdded");
		WebSession.Page shown = memberWeb.get(together);
		Element notes = shown.html().selectFirst("#meetings .markdown");
		assertThat(notes.select("strong").text()).isEqualTo("two-factor");
		assertThat(notes.select("script, [href^=javascript], [onclick], [onerror], img")).isEmpty();
		assertThat(notes.text()).contains("<script>alert('x')</script>");
		assertThat(shown.html().select("script:containsData(alert)")).isEmpty();
		UUID meeting = jdbc.sql("select id from engagement_meeting where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();

		// the provider changes the meeting; the member's page from before is refused, with the text kept
		String meetingPage = base + "/meetings/" + meeting;
		assertThat(providerWeb.get(meetingPage).html().selectFirst("input[name=version]").val()).isEqualTo("0");
		assertThat(providerWeb.post(meetingPage, Map.of("heldOn", "2026-03-24", "title", "canary-Reunión uno",
				"notes", "", "version", "0")).redirect()).contains("meetingChanged");
		WebSession.Page stale = memberWeb.post(meetingPage, Map.of("heldOn", "2026-03-24", "title", "canary-Mi título",
				"notes", "canary-Mis notas", "version", "0"));
		assertThat(stale.text()).contains("Someone changed this since you opened the page.");
		assertThat(stale.html().selectFirst("input[name=title]").val()).isEqualTo("canary-Mi título");
		assertThat(stale.html().selectFirst("textarea[name=notes]").text()).isEqualTo("canary-Mis notas");

		// decisions: what is missing, a meeting that is not one; only the author removes one
		WebSession.Page noWhat = memberWeb.post(base + "/decisions", Map.of("decidedOn", "2026-03-24", "what", ""));
		assertThat(noWhat.text()).contains("Say what you decided.");
		WebSession.Page strangeMeeting = memberWeb.post(base + "/decisions", Map.of("decidedOn", "2026-03-24", "what",
				"canary-Usar Signal", "meetingId", UUID.randomUUID().toString()));
		assertThat(strangeMeeting.text()).contains("Choose one of this engagement’s meetings, or none.");
		assertThat(strangeMeeting.html().selectFirst("textarea[name=what]").text()).isEqualTo("canary-Usar Signal");
		assertThat(memberWeb.post(base + "/decisions", Map.of("decidedOn", "2026-03-24", "what", "canary-Usar Signal",
				"meetingId", meeting.toString())).redirect()).contains("decided");
		UUID decision = jdbc.sql("select id from engagement_decision where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		WebSession.Page notYours = providerWeb.post(base + "/decisions/" + decision + "/remove", Map.of());
		assertThat(notYours.status()).isEqualTo(200);
		assertThat(notYours.text()).contains("Only the person who recorded a decision can remove it.");
		assertThat(memberWeb.get(together).html().select("#decision-" + decision + " a").text())
			.isEqualTo("canary-Reunión uno");

		// messages: empty, too long
		assertThat(memberWeb.post(base + "/messages", Map.of("message", "  ")).text()).contains("Write a message first.");
		WebSession.Page tooLong = memberWeb.post(base + "/messages", Map.of("message", "y".repeat(4_001)));
		assertThat(tooLong.text()).contains("Keep a message under 4,000 characters.");
		assertThat(tooLong.html().selectFirst("textarea[name=message]").text()).hasSize(4_001);
		assertThat(count("engagement_message", engagement)).isZero();

		// guides: the organization does not write them; a checklist needs items
		WebSession.Page notProvider = memberWeb.post(base + "/guides", Map.of("kind", "GUIDE", "guideTitle",
				"canary-Mi guía"));
		assertThat(notProvider.text()).contains("Guides and checklists are written by the provider or the hub.");
		assertThat(notProvider.html().select("form[action$=/guides]")).isEmpty();
		WebSession.Page noItems = providerWeb.post(base + "/guides", Map.of("kind", "CHECKLIST", "guideTitle",
				"canary-Copias", "guideBody", "canary-Cada viernes", "items", "\n \n"));
		assertThat(noItems.text()).contains("Write at least one item of the checklist, one per line.");
		assertThat(noItems.html().selectFirst("input[name=guideTitle]").val()).isEqualTo("canary-Copias");
		assertThat(noItems.html().selectFirst("textarea[name=guideBody]").text()).isEqualTo("canary-Cada viernes");
		WebSession.Page unknownKind = providerWeb.post(base + "/guides", Map.of("kind", "POEM", "guideTitle", "x"));
		assertThat(unknownKind.status()).isLessThan(500);
		assertThat(count("engagement_guide", engagement)).isZero();
		assertThat(providerWeb.post(base + "/guides", Map.of("kind", "CHECKLIST", "guideTitle", "canary-Copias",
				"items", "canary-Conectar el disco\r\ncanary-Copiar")).redirect()).contains("guideWritten");
		UUID guide = jdbc.sql("select id from engagement_guide where engagement_id = :e").param("e", engagement)
			.query(UUID.class).single();
		UUID item = jdbc.sql("select id from engagement_checklist_item where guide_id = :g order by item_order")
			.param("g", guide).query(UUID.class).list().getFirst();
		WebSession.Page providerTicks = providerWeb.post(base + "/guides/" + guide + "/items/" + item,
				Map.of("done", "true"));
		assertThat(providerTicks.text()).contains("Only the organization’s members tick the items of a checklist.");
		assertThat(memberWeb.post(base + "/guides/" + guide + "/items/" + item, Map.of("done", "true")).redirect())
			.contains("ticked");
		assertThat(providerWeb.get(together).text()).contains("1 of 2 items done");

		// closed: no form, and a change is refused with its reason
		jdbc.sql("update engagement set phase = 'CLOSED' where id = :id").param("id", engagement).update();
		WebSession.Page closed = memberWeb.get(together);
		assertThat(closed.html().select("main form")).isEmpty();
		assertThat(memberWeb.post(base + "/messages", Map.of("message", "canary-Tarde")).text())
			.contains("This engagement is closed: nothing in it can change any more.");
		assertThat(count("engagement_message", engagement)).isZero();
	}

	private long count(String table, UUID engagement) {
		return jdbc.sql("select count(*) from " + table + " where engagement_id = :e").param("e", engagement)
			.query(Long.class).single();
	}

}
