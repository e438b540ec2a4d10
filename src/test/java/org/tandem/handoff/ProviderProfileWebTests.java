package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

/**
 * The organization meets a provider by more than a name (their summary and services), and staff see offers waiting
 * and handoffs stuck on the overview, each figure opening the list it counts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProviderProfileWebTests extends HandoffTestSupport {

	@Test
	void theOrganizationSeesTheProvidersSummaryAndServicesBeforeChoosingAndOnceIntroduced() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider provider = provider("Profile " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, false, Map.of("email", "org-" + tag + "@example.org"));
		choose(staff, requester.id(), List.of(provider.id()));
		UUID offer = offer(requester.id(), provider.id());

		// the offer waits for the provider: counted on the overview, listed behind its link
		WebSession.Page overview = staff.get("/dashboard");
		String offersLink = overview.html().selectFirst("#figure-offers-waiting a").attr("href");
		assertThat(offersLink).endsWith("/staff/handoffs?show=offering");
		assertThat(Long.parseLong(overview.html().selectFirst("#figure-offers-waiting .figure").text()))
			.isEqualTo(countOf("handoff where stage = 'OFFERING'"));
		WebSession.Page offering = staff.get("/staff/handoffs?show=offering");
		assertThat(offering.html().select("#in-flight a").eachText()).contains(requester.reference());
		assertThat(offering.html().selectFirst(".filters-shown a[aria-current=page]").attr("href")).endsWith("show=offering");
		assertThat(staff.get("/dashboard").html().selectFirst("#figure-handoffs-stuck a").attr("href"))
			.endsWith("/staff/handoffs?show=stuck");
		assertThat(staff.get("/staff/handoffs?show=stuck").html().select("#in-flight a").eachText())
			.doesNotContain(requester.reference());
		// not stuck yet; with the offer's deadline nearly reached it is, and the stuck list shows it
		jdbc.sql("update handoff_offer set sent_at = :sent, deadline = :deadline where id = :id")
			.param("sent", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))))
			.param("deadline", java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofHours(1))))
			.param("id", offer)
			.update();
		assertThat(staff.get("/staff/handoffs?show=stuck").html().select("#in-flight a").eachText())
			.contains(requester.reference());

		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect()).contains("accepted");
		WebSession.Page choosing = requester.web().get(requester.path() + "/introduction");
		assertThat(choosing.html().selectFirst("#provider-summary").text())
			.contains("Audits and training for newsrooms in Brazil.").contains("Account security");
		assertThat(choosing.html().selectFirst("#provider-summary .body").attr("dir")).isEqualTo("auto");

		requester.web().post(requester.path() + "/introduction", Map.of("reveal", "SIGNAL", "channel", "SIGNAL"));
		WebSession.Page status = requester.web().get(requester.path());
		var profile = status.html().selectFirst("#provider-profile");
		assertThat(profile).as(status.text()).isNotNull();
		assertThat(profile.selectFirst("h3").text()).isEqualTo("Profile " + tag);
		assertThat(profile.text()).contains("Audits and training for newsrooms in Brazil.").contains("Account security");
		assertThat(profile.select("li").eachText()).doesNotContain("Security audit");
		assertThat(requester.web().get(requester.path() + "/introduction").html().selectFirst("#provider-summary"))
			.isNotNull();

		// a provider and an organization member do not see the overview's figures
		for (var role : List.of(org.tandem.platform.Role.PROVIDER, org.tandem.platform.Role.ORG_MEMBER)) {
			WebSession other = signedIn(role);
			WebSession.Page dashboard = other.get("/dashboard");
			assertThat(dashboard.status()).isEqualTo(200);
			assertThat(dashboard.html().selectFirst("#overview")).as(role.name()).isNull();
			assertThat(other.get("/staff/handoffs?show=stuck").status()).isEqualTo(403);
		}
	}

	private long countOf(String fromWhere) {
		return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
	}

}
