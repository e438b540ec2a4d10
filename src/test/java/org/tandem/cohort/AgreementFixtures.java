package org.tandem.cohort;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.AgreementVersion;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;

/** Small factories for the agreements' tests: a version published with a marker in each text, an organization. */
final class AgreementFixtures {

	/** What makes the agreements' tests' context (and database) their own: the cohort module's. */
	static final String OWN = "tandem.test.context=cohort";

	private AgreementFixtures() {
	}

	/** Texts in the five languages, each naming its language and the marker. */
	static Map<String, String> texts(String marker) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : AgreementText.LANGUAGES) {
			texts.put(language, "# " + language + " " + marker + "\n\nThe parties agree to **" + marker + "**.");
		}
		texts.put("ar", "# اتفاق " + marker + "\n\nيتفق الطرفان على **" + marker + "**.");
		return texts;
	}

	/** Publishes the next version of the kind with texts marked {@code marker}. */
	static AgreementVersion publish(CohortAgreementService agreements, Kind kind, String marker, UUID admin) {
		int latest = agreements.versions(kind).stream().findFirst().map(AgreementVersion::number).orElse(0);
		return agreements.publish(kind, texts(marker), latest, admin);
	}

	/** An organization with the account (by its sign-in name) as its member. */
	static UUID organization(OrganizationService organizations, String member) {
		UUID id = organizations.create(new Organization.Profile("Colectivo Agreements " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "CO")).id();
		organizations.addMember(id, member);
		return id;
	}

}
