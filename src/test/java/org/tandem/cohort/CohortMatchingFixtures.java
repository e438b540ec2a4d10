package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Enlistments;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.RequestFixtures;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * What matching within a cohort needs, made through the real paths: a recruiting cohort, organizations that asked
 * for it on the public form (not anonymous, by mail) and were enrolled by staff, their needs assessed; active
 * providers working in Spanish for Mexico with the capacity asked for.
 */
final class CohortMatchingFixtures {

	private final WebTestSupport test;

	private final CohortService cohorts;

	private final Enlistments enlistments;

	CohortMatchingFixtures(WebTestSupport test, CohortService cohorts, Enlistments enlistments) {
		this.test = test;
		this.cohorts = cohorts;
		this.enlistments = enlistments;
	}

	/** A recruiting cohort coordinated by this staff member, room for ten organizations and five providers. */
	Cohort recruiting(Person coordinator, String name) {
		LocalDate start = LocalDate.now().plusMonths(1);
		Cohort cohort = cohorts.create(new Cohort.Terms(name, "Seis meses", start, start.plusMonths(6),
				Set.of("es", "en"), 10, 5), Set.of(coordinator.id()), coordinator.id());
		return cohorts.move(cohort.id(), cohort.version(), CohortStatus.RECRUITING, coordinator.id());
	}

	/** An active provider, specialist in account security in Spanish for Mexico, taking at most this many. */
	ProviderNetwork.ActiveProvider provider(String name, int capacity) {
		Map<String, String> changes = ProviderNetwork.spanishSpecialist(name);
		changes.put("capacity.maxEngagements", String.valueOf(capacity));
		return new ProviderNetwork(test).activeProvider(changes);
	}

	/**
	 * An organization that asked for the cohort on the public form and holds its status page, enrolled by staff; its
	 * needs are assessed when {@code assessed}.
	 */
	Enlisted enlisted(Cohort cohort, Person staff, WebSession staffWeb, WebSession requester, boolean assessed) {
		String email = "org-" + UUID.randomUUID() + "@example.org";
		WebSession.Page form = requester.get("/request");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		fields.put("anonymous", "false");
		fields.put("organizationName", "canary-Colectivo " + UUID.randomUUID());
		fields.put("organizationKind", "MEDIA");
		fields.put("sizeBand", "UP_TO_20");
		fields.put("country", "MX");
		fields.put("languages", "es");
		fields.put("problems", "ACCOUNT_COMPROMISED");
		fields.put("description", "canary-Queremos aprender a protegernos.");
		fields.put("urgency", "NOT_URGENT");
		fields.put("timeframe", "NEXT_MONTHS");
		fields.put("approach", "COHORT");
		fields.put("cohort", cohort.id().toString());
		fields.put("contactMethod", "EMAIL");
		fields.put("email", email);
		fields.put("consent", "true");
		WebSession.Page sent = requester.post("/request", fields);
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		String link = sent.html().selectFirst("#status-link").attr("href");
		String path = link.substring(link.indexOf("/request/status/"));
		String code = sent.html().selectFirst("#status-code").text();
		requester.get(path);
		assertThat(requester.post(path, Map.of("code", code)).redirect()).endsWith(path);
		UUID request = test.requestOf(path);
		UUID organization = enlistments.enrol(cohort.id(), request, new Enlistments.Enrolment(
				"Colectivo " + UUID.randomUUID().toString().substring(0, 8), OrganizationKind.MEDIA, SizeBand.UP_TO_20,
				"MX", email, Locale.forLanguageTag("es")), staff.id());
		if (assessed) {
			RequestFixtures.assess(staffWeb, request, "ACCOUNT_SECURITY", "es");
		}
		return new Enlisted(request, organization, path, requester);
	}

	record Enlisted(UUID request, UUID organization, String statusPath, WebSession requester) {
	}

}
