package org.tandem.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.directory.domain.Agreement;
import org.tandem.directory.domain.Capacity;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.directory.Fee;
import org.tandem.directory.domain.LanguageLevel;
import org.tandem.directory.domain.LedgerKind;
import org.tandem.platform.OpenPgpKeys;
import org.tandem.directory.domain.Provider;
import org.tandem.directory.domain.ProviderKind;
import org.tandem.directory.domain.ProviderProfile;
import org.tandem.directory.domain.ProviderRows;
import org.tandem.directory.domain.ResponseTime;
import org.tandem.directory.domain.RetentionPractice;
import org.tandem.directory.domain.ReviewReason;
import org.tandem.directory.domain.ServiceTaxonomy;
import org.tandem.directory.domain.VettingCheck;
import org.tandem.directory.persistence.AgreementRepository;
import org.tandem.directory.persistence.LedgerRepository;
import org.tandem.directory.persistence.VouchRepository;
import org.tandem.intake.domain.ServiceNeed;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.InvalidInput;

/** The provider aggregate's rules, the retention policy, OpenPGP fingerprints and the taxonomy, without Spring. */
class DirectoryTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static final VettingCheck MET = new VettingCheck(2, 2, 1, Set.of(), true);

	@Test
	void fingerprintsMatchWhatGnuPgSays() {
		for (String name : new String[] { "one", "two" }) {
			assertThat(OpenPgpKeys.fingerprint(DirectoryTestSupport.key(name)))
				.contains(DirectoryTestSupport.fingerprint(name));
		}
		assertThat(OpenPgpKeys.fingerprint("not a key")).isEmpty();
		assertThat(OpenPgpKeys.fingerprint("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nAAAA\n-----END PGP PUBLIC KEY BLOCK-----"))
			.isEmpty();
		String truncated = DirectoryTestSupport.key("one").replaceAll("(?s)(BLOCK-----\\s+\\S{20}).*(-----END)", "$1\n$2");
		assertThat(OpenPgpKeys.fingerprint(truncated)).isEmpty();
		assertThat(OpenPgpKeys.readable("0F8DCFB0BAE08645")).isEqualTo("0F8D CFB0 BAE0 8645");
	}

	@Test
	void statusMovesOnlyWhenTheRulesAllow() {
		Provider provider = applied();
		assertThat(provider.status()).isEqualTo(ProviderStatus.APPLICANT);
		assertThatThrownBy(() -> provider.vet(MET, Duration.ofDays(365), NOW)).isInstanceOf(InvalidInput.class);
		provider.startReview();
		assertThatThrownBy(() -> provider.vet(new VettingCheck(2, 2, 0, Set.of(), true), Duration.ofDays(365), NOW))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> provider.vet(new VettingCheck(2, 2, 1, Set.of(Agreement.DO_NO_HARM), true),
				Duration.ofDays(365), NOW)).isInstanceOf(InvalidInput.class);
		provider.vet(MET, Duration.ofDays(365), NOW);
		assertThat(provider.vettedUntil()).isEqualTo(NOW.plus(Duration.ofDays(365)));
		assertThatThrownBy(() -> provider.activate(MET, NOW)).as("no account yet").isInstanceOf(InvalidInput.class);
		provider.linkAccount(UUID.randomUUID());
		assertThatThrownBy(() -> provider.activate(MET, NOW.plus(Duration.ofDays(366)))).as("expired").isInstanceOf(InvalidInput.class);
		provider.activate(MET, NOW);
		provider.pause();
		provider.resume(MET, NOW);
		assertThat(provider.status()).isEqualTo(ProviderStatus.ACTIVE);
		assertThat(provider.moves()).extracting(ProviderStatusChanged::to).containsExactly(ProviderStatus.UNDER_REVIEW,
				ProviderStatus.VETTED, ProviderStatus.ACTIVE, ProviderStatus.PAUSED, ProviderStatus.ACTIVE);
		assertThat(provider.recorded()).extracting(Provider.Recorded::kind).containsExactly(LedgerKind.APPLIED,
				LedgerKind.REVIEW_STARTED, LedgerKind.VETTED, LedgerKind.ACCOUNT_LINKED, LedgerKind.ACTIVATED,
				LedgerKind.PAUSED, LedgerKind.RESUMED);
		provider.offboard();
		assertThat(provider.listing().listed()).isFalse();
		assertThatThrownBy(provider::startReview).isInstanceOf(InvalidInput.class);
		for (ProviderStatus status : ProviderStatus.values()) {
			assertThat(status.next()).doesNotContain(status);
		}
	}

	@Test
	void vettingExpiresOnceWithANoticeBefore() {
		Provider provider = active();
		Duration notice = Duration.ofDays(30);
		assertThat(provider.renewalNoticeDue(NOW.plus(Duration.ofDays(300)), notice)).isFalse();
		assertThat(provider.renewalNoticeDue(NOW.plus(Duration.ofDays(336)), notice)).isTrue();
		assertThat(provider.renewalNoticeDue(NOW.plus(Duration.ofDays(337)), notice)).isFalse();
		assertThat(provider.expireIfDue(NOW.plus(Duration.ofDays(364)))).isFalse();
		assertThat(provider.expireIfDue(NOW.plus(Duration.ofDays(365)))).isTrue();
		assertThat(provider.status()).isEqualTo(ProviderStatus.UNDER_REVIEW);
		assertThat(provider.reviewReason()).isEqualTo(ReviewReason.RENEWAL_DUE);
		assertThat(provider.expireIfDue(NOW.plus(Duration.ofDays(400)))).isFalse();
	}

	@Test
	void vettedFactsChangeThroughReview() {
		Provider provider = active();
		provider.recorded();
		ProviderProfile more = profile("GB", Map.of("TRAINING", ServiceDepth.CAN_DO, "INCIDENT_RESPONSE", ServiceDepth.SPECIALIST), null);
		provider.changeProfile(more, NOW);
		assertThat(provider.status()).isEqualTo(ProviderStatus.ACTIVE);
		assertThat(provider.servicesByCode()).containsOnlyKeys("TRAINING");
		assertThat(provider.pendingServices()).containsKeys("INCIDENT_RESPONSE");
		provider.approveChange(NOW);
		assertThat(provider.servicesByCode()).containsKeys("TRAINING", "INCIDENT_RESPONSE");
		assertThat(provider.hasPendingChange()).isFalse();

		// a new country of residence sends the provider back to review, and applies at once
		provider.changeProfile(profile("DE", provider.servicesByCode(), null), NOW);
		assertThat(provider.status()).isEqualTo(ProviderStatus.UNDER_REVIEW);
		assertThat(provider.reviewReason()).isEqualTo(ReviewReason.RESIDENCE_CHANGED);
		assertThat(provider.details().jurisdictionSet()).contains("DE");
		assertThat(provider.recorded()).extracting(Provider.Recorded::kind).containsExactly(LedgerKind.CHANGE_PROPOSED,
				LedgerKind.CHANGE_APPROVED, LedgerKind.RESIDENCE_CHANGED, LedgerKind.SENT_TO_REVIEW);
		assertThatThrownBy(() -> provider.changeProfile(new ProviderProfile(ProviderKind.FIRM, "x", "x", null, "DE", Set.of(),
				"a@example.org", null, null, null, "r", null, Set.of(), Map.of("TRAINING", ServiceDepth.CAN_DO),
				Map.of("en", LanguageLevel.NATIVE), Set.of(), Set.of(), true, Set.of()), NOW)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void pausesAreDatedAndBounded() {
		Provider provider = active();
		LocalDate today = LocalDate.of(2026, 11, 23);
		provider.addPause(new ProviderRows.Pause(today.plusDays(3), today.plusDays(10)), today);
		assertThat(provider.pausedOn(today.plusDays(3))).isTrue();
		assertThat(provider.pausedOn(today.plusDays(11))).isFalse();
		assertThatThrownBy(() -> provider.addPause(new ProviderRows.Pause(today.minusDays(9), today.minusDays(1)), today))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> new ProviderRows.Pause(today, today.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
		for (int i = 0; i < 19; i++) {
			provider.addPause(new ProviderRows.Pause(today.plusDays(20 + i), today.plusDays(20 + i)), today);
		}
		assertThatThrownBy(() -> provider.addPause(new ProviderRows.Pause(today.plusDays(60), today.plusDays(61)), today))
			.isInstanceOf(InvalidInput.class);
		provider.removePause(new ProviderRows.Pause(today.plusDays(3), today.plusDays(10)));
		assertThat(provider.pauses()).hasSize(19);
		assertThatThrownBy(() -> provider.removePause(new ProviderRows.Pause(today.plusDays(3), today.plusDays(10))))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void capacitySaysHowFastTheProviderUsuallyAnswers() {
		assertThat(Arrays.stream(ResponseTime.values()).mapToInt(ResponseTime::hours)).containsExactly(24, 48, 168, 336);
		assertThat(ResponseTime.WITHIN_TWO_DAYS.messageKey()).isEqualTo("directory.response.within_two_days");
		assertThatThrownBy(() -> new Capacity(1, 10, "UTC", EnumSet.of(Fee.PAID), null))
			.isInstanceOf(NullPointerException.class);
		Provider provider = applied();
		assertThat(provider.workload().responseTime()).isEqualTo(ResponseTime.WITHIN_A_WEEK);
		Capacity faster = new Capacity(3, 20, "Europe/Lisbon", EnumSet.of(Fee.PAID), ResponseTime.SAME_DAY);
		provider.changeCapacity(faster, NOW);
		assertThat(provider.workload().responseTime()).isEqualTo(ResponseTime.SAME_DAY);
		assertThat(provider.capacity()).isEqualTo(faster);
	}

	@Test
	void retentionIsCompatibleOnlyWithinTheHubsPolicy() {
		Map<RetentionPractice.Item, RetentionPractice.Period> periods = new EnumMap<>(RetentionPractice.Item.class);
		for (RetentionPractice.Item item : RetentionPractice.Item.values()) {
			periods.put(item, RetentionPractice.Period.DAYS_30);
		}
		assertThat(new RetentionPractice(periods).compatible()).isTrue();
		periods.put(RetentionPractice.Item.DEVICE_DATA, RetentionPractice.Period.DAYS_90);
		RetentionPractice beyond = new RetentionPractice(periods);
		assertThat(beyond.compatible()).isFalse();
		assertThat(beyond.beyondPolicy()).containsExactly(RetentionPractice.Item.DEVICE_DATA);
		assertThat(RetentionPractice.decode(beyond.encode())).isEqualTo(beyond);
		periods.remove(RetentionPractice.Item.REPORTS);
		assertThat(new RetentionPractice(periods).complete()).isFalse();
	}

	@Test
	void theTaxonomyIsDataAndCoversWhatIntakeAssesses() {
		ServiceTaxonomy taxonomy = new ServiceTaxonomy();
		assertThat(taxonomy.all()).hasSizeGreaterThanOrEqualTo(14);
		assertThat(taxonomy.all()).extracting(ServiceTaxonomy.Service::group).containsOnly("ASSESS", "PREVENT", "RESPOND", "SUPPORT");
		// one vocabulary: the assessment offers exactly the taxonomy's services, in its order
		assertThat(Arrays.stream(ServiceNeed.values()).map(Enum::name).toList())
			.containsExactlyElementsOf(taxonomy.all().stream().map(ServiceTaxonomy.Service::code).toList());
	}

	@Test
	void theLedgerVouchesAndAgreementsAreAppendOnly() {
		for (Class<?> repository : new Class<?>[] { LedgerRepository.class, VouchRepository.class, AgreementRepository.class }) {
			assertThat(Arrays.stream(repository.getMethods()).map(java.lang.reflect.Method::getName))
				.as(repository.getSimpleName())
				.allMatch(name -> name.equals("save") || name.startsWith("find") || name.startsWith("exists"));
			assertThat(org.springframework.data.repository.CrudRepository.class.isAssignableFrom(repository)).isFalse();
		}
	}

	static ProviderProfile profile(String residence, Map<String, ServiceDepth> services, String key) {
		return new ProviderProfile(ProviderKind.INDIVIDUAL, "Ana", "Audits", null, residence, Set.of(), "ana@example.org",
				null, null, key, "Referees", null, EnumSet.noneOf(OrganizationKind.class), services,
				Map.of("en", LanguageLevel.NATIVE), Set.of("GB"), Set.of(), false, EnumSet.of(Community.JOURNALISTS));
	}

	static Provider applied() {
		Map<RetentionPractice.Item, RetentionPractice.Period> periods = new EnumMap<>(RetentionPractice.Item.class);
		for (RetentionPractice.Item item : RetentionPractice.Item.values()) {
			periods.put(item, RetentionPractice.Period.NOT_KEPT);
		}
		return Provider.apply("P-TEST01", "en", profile("GB", Map.of("TRAINING", ServiceDepth.CAN_DO), null),
				new Capacity(2, 10, "UTC", EnumSet.of(Fee.PRO_BONO), ResponseTime.WITHIN_A_WEEK),
				new RetentionPractice(periods), NOW);
	}

	static Provider active() {
		Provider provider = applied();
		provider.startReview();
		provider.vet(MET, Duration.ofDays(365), NOW);
		provider.linkAccount(UUID.randomUUID());
		provider.activate(MET, NOW);
		return provider;
	}

}
