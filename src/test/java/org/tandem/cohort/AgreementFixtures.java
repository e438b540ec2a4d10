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

	/**
	 * The party (an organization, or a provider) signs, through the account, the current version of every kind it
	 * signs; a kind nobody published yet is published first by the administrator.
	 */
	static void signAll(CohortAgreementService agreements, UUID admin, UUID account, UUID party, boolean provider) {
		for (Kind kind : Kind.values()) {
			if (provider ? !kind.signedByProviders() : !kind.signedByOrganizations()) {
				continue;
			}
			if (agreements.current(kind).isEmpty()) {
				publish(agreements, kind, "Texto de " + kind.slug(), admin);
			}
			agreements.sign(account, party, kind, agreements.current(kind).orElseThrow().version().number(), "en");
		}
	}

	/** An organization with the account (by its sign-in name) as its member. */
	static UUID organization(OrganizationService organizations, String member) {
		UUID id = organizations.create(new Organization.Profile("Colectivo Agreements " + UUID.randomUUID(), null,
				null, OrganizationKind.MEDIA, SizeBand.UP_TO_20, "CO")).id();
		organizations.addMember(id, member);
		return id;
	}

}
