package org.tandem.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.engagement.ClosingReason;
import org.tandem.engagement.domain.Closing;
import org.tandem.engagement.domain.Closings;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The provider's own button for work the hub does not track (an anonymous request, or an introduction never linked
 * to a shared workspace), over HTTP as with JavaScript off, on H2 and PostgreSQL: it frees a slot the introduction
 * took, and is neither offered nor accepted for a slot an engagement still going on holds, which its closing frees
 * once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProviderSlotWebTests extends WebTestSupport {

	private static final String ENDED = "/provider/engagements/ended";

	private static final String REFUSED = "Every engagement you have in progress is tracked in a shared workspace";

	@Autowired
	Providers providers;

	@Autowired
	EngagementService engagements;

	@Autowired
	Closings closings;

	@Autowired
	OrganizationService organizations;

	private ProviderNetwork.ActiveProvider provider;

	private Person staff;

	private UUID organization;

	@BeforeEach
	void aProviderAndAnOrganization() {
		provider = new ProviderNetwork(this).activeProvider();
		staff = fixtures.create(true, Role.STAFF);
		organization = organizations.create(new Organization.Profile("Radio Norte " + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "AR")).id();
	}

	@Test
	void theProviderFreesTheSlotOfAnIntroductionTheHubDoesNotTrackOnce() {
		WebSession web = provider.web();
		assertThat(web.get("/provider").html().select("#engagement-ended")).isEmpty();

		// an introduction (an anonymous request, purged at contact) took a slot
		providers.engagementOpened(provider.id());
		WebSession.Page home = web.get("/provider");
		assertThat(home.html().selectFirst("#open-engagements").text()).endsWith("1");
		assertThat(home.html().selectFirst("#engagement-ended").text())
			.isEqualTo("One engagement outside the workspace has ended (an anonymous request, or work without a "
					+ "shared workspace)");
		assertThat(home.html().selectFirst("#untracked-engagements").text()).startsWith("1 of them is not tracked");

		assertThat(web.post(ENDED, Map.of()).redirect()).contains("done=engagement");
		assertThat(openEngagements()).isZero();
		assertThat(web.get("/provider").html().select("#engagement-ended")).isEmpty();

		// sent again (a second tab, the back button): refused, in words, and nothing goes below zero
		WebSession.Page again = web.post(ENDED, Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text()).contains(REFUSED);
		assertThat(openEngagements()).isZero();
	}

	@Test
	void aSlotHeldByATrackedEngagementIsFreedOnlyByItsClosingOnce() {
		WebSession web = provider.web();
		// the introduction took a slot, and staff opened the engagement it became
		providers.engagementOpened(provider.id());
		Engagement engagement = engagements.openByHand(organization, provider.id(), staff.id());
		assertThat(openEngagements()).isOne();

		// nothing is untracked: no button, and a POST is refused with a translated message
		assertThat(web.get("/provider").html().select("#engagement-ended")).isEmpty();
		WebSession.Page refused = web.post(ENDED, Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains(REFUSED);
		assertThat(openEngagements()).isOne();
		web.get("/provider?lang=es");
		assertThat(web.post(ENDED, Map.of()).text())
			.contains("Todos tus trabajos en curso se siguen en un espacio de trabajo compartido");
		web.get("/provider?lang=en");
		assertThat(openEngagements()).isOne();

		// a second, untracked introduction: only that one may be freed by hand
		providers.engagementOpened(provider.id());
		assertThat(web.get("/provider").html().selectFirst("#untracked-engagements").text()).startsWith("1 of them");
		assertThat(web.post(ENDED, Map.of()).redirect()).contains("done=engagement");
		assertThat(openEngagements()).isOne();
		assertThat(web.post(ENDED, Map.of()).status()).isEqualTo(409);
		assertThat(openEngagements()).isOne();

		// the closing frees the tracked engagement's slot, once; keeping in touch holds none
		closings.close(engagement.id(), staff.id(), new Closing.Terms(ClosingReason.PLAN_DONE, null, 6, 1), 0);
		assertThat(openEngagements()).isZero();
		assertThat(web.get("/provider").html().select("#engagement-ended")).isEmpty();
		assertThat(web.post(ENDED, Map.of()).status()).isEqualTo(409);
		assertThat(openEngagements()).isZero();
	}

	private int openEngagements() {
		return jdbc.sql("select open_engagements from provider where id = :id").param("id", provider.id())
			.query(Integer.class).single();
	}

}
