package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.MessageSource;
import org.tandem.directory.Providers;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.TestMail;
import org.tandem.support.WebSession;

/**
 * One services vocabulary over HTTP, on H2 and PostgreSQL: the assessment, the needs profile and the provider's
 * application offer the taxonomy's services under its names; the offer says which are needed and which would help,
 * and shows the assessment's note for providers to that provider only, never in the mail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServicesVocabularyWebTests extends HandoffTestSupport {

	@Autowired
	Providers providers;

	@Autowired
	MessageSource messages;

	@Autowired
	org.tandem.privacy.PurgeService purges;

	@Test
	void theAssessmentMatchingAndProvidersSpeakTheTaxonomy() {
		List<String> taxonomy = providers.serviceCodes();
		assertThat(taxonomy).hasSize(14);
		WebSession staff = staff();
		Requester requester = requester(staff, true, Map.of());

		WebSession.Page detail = staff.get("/staff/requests/" + requester.id());
		var boxes = detail.html().select("form[action$=/assessment] input[name=services]");
		assertThat(boxes.eachAttr("value")).containsExactlyElementsOf(taxonomy);
		// under the taxonomy's names
		for (var box : boxes) {
			assertThat(box.parent().text()).isEqualTo(name(box.val()));
		}
		WebSession.Page matching = staff.get("/staff/requests/" + requester.id() + "/matching");
		assertThat(matching.html().select("select[name^=services]").eachAttr("name"))
			.containsExactlyElementsOf(taxonomy.stream().map(c -> "services[" + c + "]").toList());
		WebSession.Page apply = visitor().get("/providers/apply");
		assertThat(new LinkedHashSet<>(apply.html().select("input[type=radio][name^=services]").eachAttr("name")))
			.containsExactlyElementsOf(taxonomy.stream().map(c -> "services[" + c + "]").toList());

		// every service the taxonomy adds beyond the former ten can be assessed, and reaches matching as a must
		Map<String, String> assessment = new LinkedHashMap<>();
		assessment.put("services", "DIGITAL_FORENSICS");
		assessment.put("languages", "es");
		assessment.put("riskLevel", "HIGH");
		assertThat(staff.post("/staff/requests/" + requester.id() + "/assessment", assessment).redirect()).contains("assessed");
		assertThat(staff.get("/staff/requests/" + requester.id() + "/matching").html()
			.selectFirst("select[name='services[DIGITAL_FORENSICS]'] option[selected]").val()).isEqualTo("MUST");

		// codes stored by the former ten-service list are the taxonomy's own: read back as they were, nothing migrated
		String former = "INCIDENT_RESPONSE,ACCOUNT_SECURITY,DEVICE_SECURITY,WEBSITE_PROTECTION,SECURITY_AUDIT,"
				+ "THREAT_MODELLING,TRAINING,POLICY_DEVELOPMENT,SECURE_COMMUNICATION,DATA_PROTECTION";
		jdbc.sql("update help_request set assessed_services = :s where id = :id").param("s", former)
			.param("id", requester.id()).update();
		assertThat(staff.get("/staff/requests/" + requester.id()).html()
			.select("form[action$=/assessment] input[name=services][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(former.split(","));
		WebSession.Page reread = staff.get("/staff/requests/" + requester.id() + "/matching");
		for (String code : former.split(",")) {
			assertThat(reread.html().selectFirst("select[name='services[" + code + "]'] option[selected]").val())
				.as(code).isEqualTo("MUST");
		}
		// gone, so that other tests' batches sharing this database do not find it
		purges.purge(requester.id(), org.tandem.privacy.PurgeReason.STAFF);
	}

	@Test
	void theOfferSaysWhatIsNeededAndWhatWouldHelpAndShowsTheNoteToItsProviderOnly() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider chosen = provider("Vocab chosen " + tag);
		ActiveProvider other = provider("Vocab other " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, true, Map.of());
		String note = "canary-Meet them away from their office, which was searched. " + tag;
		assertThat(staff.post("/staff/requests/" + requester.id() + "/assessment",
				Map.of("services", "ACCOUNT_SECURITY", "languages", "es", "riskLevel", "HIGH", "context", note)).redirect())
			.contains("assessed");
		// staff make training a help rather than a must
		Map<String, String> needs = new LinkedHashMap<>();
		needs.put("version", "-1");
		needs.put("services[ACCOUNT_SECURITY]", "MUST");
		needs.put("services[TRAINING]", "HELPFUL");
		needs.put("languages", "es");
		needs.put("startBy", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
		needs.put("budget", "PRO_BONO");
		assertThat(staff.post("/staff/requests/" + requester.id() + "/matching/needs", needs).redirect()).contains("saved");
		choose(staff, requester.id(), List.of(chosen.id()));
		UUID offer = offer(requester.id(), chosen.id());

		// the mail names what is needed and what would help, says a note waits in Tandem, and never carries it
		String mail = TestMail.awaitBody(chosen.email(), "/provider/handoffs/" + offer);
		assertThat(mail).contains("Services needed: Account security.").contains("Would help: Training and accompaniment.")
			.contains("read the details in Tandem").doesNotContain("canary").doesNotContain("searched");

		WebSession.Page page = chosen.web().get("/provider/handoffs/" + offer);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst("#brief-needed").text()).isEqualTo("Account security");
		assertThat(page.html().selectFirst("#brief-helpful").text()).isEqualTo("Training and accompaniment");
		assertThat(page.html().selectFirst("#brief-note").text()).isEqualTo(note);
		assertThat(page.html().selectFirst("#brief-note").attr("dir")).isEqualTo("auto");
		// in Arabic, the services' names are the taxonomy's, listed with the Arabic comma
		WebSession.Page arabic = chosen.web().get("/provider/handoffs/" + offer + "?lang=ar");
		assertThat(arabic.html().selectFirst("#brief-needed").text())
			.isEqualTo(messages.getMessage("directory.service.account_security", null, Locale.forLanguageTag("ar")));

		// another provider, staff and someone signed out never see it
		WebSession.Page theirs = other.web().get("/provider/handoffs/" + offer);
		assertThat(theirs.status()).isEqualTo(404);
		assertThat(theirs.body()).doesNotContain("canary");
		assertThat(staff.get("/provider/handoffs/" + offer).status()).isEqualTo(403);
		WebSession.Page anonymous = visitor().get("/provider/handoffs/" + offer);
		assertThat(anonymous.redirect()).contains("/login");
		assertThat(anonymous.body()).doesNotContain("canary");
		// the provider's own desk lists the offer without opening the note
		assertThat(chosen.web().get("/provider/handoffs").body()).doesNotContain("canary");
		// both pause, so that other tests' batches sharing this database do not place requests with them
		for (ActiveProvider p : List.of(chosen, other)) {
			p.web().get("/provider");
			assertThat(p.web().post("/provider/pause", Map.of()).redirect()).contains("done=pause");
		}
		purges.purge(requester.id(), org.tandem.privacy.PurgeReason.STAFF);
	}

	private String name(String code) {
		return messages.getMessage("directory.service." + code.toLowerCase(Locale.ROOT), null, Locale.ENGLISH);
	}

}
