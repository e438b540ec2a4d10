package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementParty;
import org.tandem.cohort.domain.AgreementSignature;
import org.tandem.cohort.domain.AgreementStanding;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.AgreementVersion;
import org.tandem.cohort.domain.CohortAgreementService;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.WebTestSupport;

/**
 * The agreements' rules on a real database: texts kept exactly (line ends made one) and hashed as kept, versions one
 * after another and never over one the administrator did not see, a stale version refused, a second signature a
 * no-op, the door's answers, and the organization's purge taking its signatures and leaving the hub's texts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortAgreementTests extends WebTestSupport {

	@Autowired
	CohortAgreementService agreements;

	@Autowired
	CohortAgreements door;

	@Autowired
	OrganizationService organizations;

	@Test
	void textsAreKeptWithOneKindOfLineEndAndAllFiveLanguagesAreRequired() {
		Map<String, String> typed = AgreementFixtures.texts("crlf");
		typed.put("en", "  # Title\r\n\r\nLine one\rLine two  \n");
		Map<String, String> kept = AgreementText.checked(typed);
		assertThat(kept.get("en")).isEqualTo("# Title\n\nLine one\nLine two");
		assertThat(kept).containsOnlyKeys(AgreementText.LANGUAGES);

		Map<String, String> missing = AgreementFixtures.texts("missing");
		missing.put("ar", " \n ");
		assertThatThrownBy(() -> AgreementText.checked(missing)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.field() + " " + invalid.messageKey())
					.isEqualTo("ar cohort.agreement.textMissing"));
		Map<String, String> absent = AgreementFixtures.texts("absent");
		absent.remove("pt");
		assertThatThrownBy(() -> AgreementText.checked(absent)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.field()).isEqualTo("pt"));
		Map<String, String> tooLong = AgreementFixtures.texts("long");
		tooLong.put("fr", "a".repeat(AgreementText.TEXT_LIMIT + 1));
		assertThatThrownBy(() -> AgreementText.checked(tooLong)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.messageKey()).isEqualTo("cohort.agreement.textTooLong"));
		tooLong.put("fr", "a".repeat(AgreementText.TEXT_LIMIT));
		assertThat(AgreementText.checked(tooLong).get("fr")).hasSize(AgreementText.TEXT_LIMIT);
	}

	@Test
	void versionsFollowEachOtherAndNeverOverOneNotSeen() {
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		AgreementVersion first = AgreementFixtures.publish(agreements, Kind.COHORT_ADDENDUM, "first", admin);
		AgreementVersion second = AgreementFixtures.publish(agreements, Kind.COHORT_ADDENDUM, "second", admin);
		assertThat(second.number()).isEqualTo(first.number() + 1);
		assertThat(agreements.versions(Kind.COHORT_ADDENDUM).subList(0, 2)).extracting(AgreementVersion::number)
			.containsExactly(second.number(), first.number());
		assertThat(agreements.current(Kind.COHORT_ADDENDUM).orElseThrow().version().number())
			.isEqualTo(second.number());

		// a page started from the first version publishes nothing: the second was published since
		assertThatThrownBy(() -> agreements.publish(Kind.COHORT_ADDENDUM, AgreementFixtures.texts("over"),
				first.number(), admin))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.messageKey()).isEqualTo("cohort.agreement.publishedMeanwhile"));
		assertThat(agreements.versions(Kind.COHORT_ADDENDUM).getFirst().number()).isEqualTo(second.number());

		// the earlier version is kept as it was
		AgreementText kept = agreements.version(Kind.COHORT_ADDENDUM, first.number());
		assertThat(kept.text("en")).isEqualTo(AgreementFixtures.texts("first").get("en"));
		assertThat(kept.text("ar")).contains("اتفاق first");
		assertThatThrownBy(() -> agreements.version(Kind.COHORT_ADDENDUM, 100_000))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aSignatureKeepsTheExactTextAndItsHashAndIsMadeOnce() throws Exception {
		UUID admin = fixtures.create(true, Role.ADMIN).id();
		Person member = fixtures.create(false, Role.ORG_MEMBER);
		UUID organization = AgreementFixtures.organization(organizations, member.username());
		AgreementParty party = AgreementParty.organization(organization);
		AgreementVersion mou = AgreementFixtures.publish(agreements, Kind.MOU, "exact", admin);
		assertThat(door.missingFor(organization)).containsExactly(Kind.MOU, Kind.COHORT_ADDENDUM,
				Kind.CONFIDENTIALITY);
		assertThat(door.organizationSignedAll(organization)).isFalse();

		assertThat(agreements.sign(member.id(), organization, Kind.MOU, mou.number(), "es"))
			.isEqualTo(CohortAgreementService.Signed.SIGNED);
		AgreementSignature signature = agreements.signaturesOf(party).getFirst();
		String spanish = AgreementFixtures.texts("exact").get("es");
		assertThat(signature.text()).isEqualTo(spanish);
		assertThat(signature.language()).isEqualTo("es");
		assertThat(signature.version()).isEqualTo(mou.number());
		assertThat(signature.accountId()).isEqualTo(member.id());
		assertThat(signature.textSha256()).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(spanish.getBytes(StandardCharsets.UTF_8))));
		assertThat(signature.intact()).isTrue();

		// the same version again: nothing new
		assertThat(agreements.sign(member.id(), organization, Kind.MOU, mou.number(), "en"))
			.isEqualTo(CohortAgreementService.Signed.ALREADY);
		assertThat(signatureCount(organization)).isOne();

		// a version that is no longer the current one: refused, nothing written
		AgreementVersion newer = AgreementFixtures.publish(agreements, Kind.MOU, "newer", admin);
		assertThat(agreements.sheet(party).standings().getFirst().state())
			.isEqualTo(AgreementStanding.State.NEWER_VERSION);
		assertThatThrownBy(() -> agreements.sign(member.id(), organization, Kind.MOU, mou.number() - 1, "en"))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.messageKey()).isEqualTo("cohort.agreement.stale"));
		assertThatThrownBy(() -> agreements.sign(member.id(), organization, Kind.MOU, newer.number(), "sw"))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.messageKey()).isEqualTo("cohort.agreement.languageUnknown"));
		assertThat(signatureCount(organization)).isOne();

		// somebody else's organization: not found
		Person stranger = fixtures.create(false, Role.ORG_MEMBER);
		assertThatThrownBy(() -> agreements.sign(stranger.id(), organization, Kind.MOU, newer.number(), "en"))
			.isInstanceOf(NotFoundException.class);

		// the three kinds, at some version: all signed
		agreements.sign(member.id(), organization, Kind.MOU, newer.number(), "en");
		for (Kind kind : new Kind[] { Kind.COHORT_ADDENDUM, Kind.CONFIDENTIALITY }) {
			AgreementVersion version = AgreementFixtures.publish(agreements, kind, "all", admin);
			assertThat(door.organizationSignedAll(organization)).isFalse();
			agreements.sign(member.id(), organization, kind, version.number(), "ar");
		}
		assertThat(door.missingFor(organization)).isEmpty();
		assertThat(door.organizationSignedAll(organization)).isTrue();
		assertThat(door.signaturesOf(organization)).hasSize(4)
			.allSatisfy(s -> assertThat(s.organizationId()).isEqualTo(organization))
			.anySatisfy(s -> assertThat(s.kind() == Kind.MOU && s.version() == mou.number() && !s.current()).isTrue())
			.anySatisfy(s -> assertThat(s.kind() == Kind.CONFIDENTIALITY && s.language().equals("ar") && s.current())
				.isTrue());
		assertThat(agreements.sheet(party).complete()).isTrue();

		// the organization's purge: its signatures go, the hub's texts stay
		organizations.destroyForRetention(organization);
		assertThat(signatureCount(organization)).isZero();
		assertThat(door.organizationSignedAll(organization)).isFalse();
		assertThat(agreements.version(Kind.MOU, mou.number()).text("es")).isEqualTo(spanish);
	}

	@Test
	void aProviderSignsTheConfidentialityAgreementOnly() {
		assertThat(Kind.CONFIDENTIALITY.signedByProviders()).isTrue();
		assertThat(AgreementParty.provider(UUID.randomUUID()).kinds()).containsExactly(Kind.CONFIDENTIALITY);
		assertThat(AgreementParty.organization(UUID.randomUUID()).kinds()).containsExactly(Kind.values());
		assertThat(door.providerSigned(UUID.randomUUID())).isFalse();
		assertThat(Kind.ofSlug("cohort-addendum")).contains(Kind.COHORT_ADDENDUM);
		assertThat(Kind.ofSlug("COHORT_ADDENDUM")).isEmpty();
	}

	private long signatureCount(UUID organization) {
		return jdbc.sql("select count(*) from cohort_agreement_signature where organization_id = :o")
			.param("o", organization)
			.query(Long.class)
			.single();
	}

}
