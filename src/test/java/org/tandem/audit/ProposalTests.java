package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tandem.audit.catalog.Approach;
import org.tandem.audit.catalog.CatalogActivity;
import org.tandem.audit.catalog.RemoteOption;
import org.tandem.audit.domain.Proposal;
import org.tandem.audit.domain.Proposal.Candidate;
import org.tandem.audit.domain.Proposal.Check;
import org.tandem.audit.domain.Proposal.Needs;
import org.tandem.audit.domain.Proposal.Verdict;

/**
 * The proposal rule with worked examples, activities built by hand: a 12-person organization audited at a distance
 * with local support, four hours available, an auditor who can interview and facilitate.
 */
class ProposalTests {

	private static final Needs TWELVE_REMOTE_WITH_SUPPORT = new Needs(AuditSetting.REMOTE_WITH_SUPPORT, 12,
			Set.of("interviewing", "facilitation"), 240);

	@Test
	void anActivityFitsWhenItsSettingSizeAndTimeDoAndSaysWhy() {
		Candidate interviews = Proposal.judge(activity("staff-interviews", List.of("capacity"),
				Set.of(RemoteOption.WITH_SUPPORT), Set.of("interviewing"), 90, 50), TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(interviews.fits()).isTrue();
		assertThat(interviews.reasons()).extracting(Proposal.Reason::messageKey)
			.containsExactly("audit.plan.why.setting.ok", "audit.plan.why.size.ok", "audit.plan.why.skills.ok",
					"audit.plan.why.time.ok");
		assertThat(interviews.reasons().get(1).arguments()).containsExactly(50);
		assertThat(interviews.reasons().get(3).arguments()).containsExactly(90, 240);
	}

	@Test
	void inPlaceOnlyActivitiesDoNotFitARemoteAudit() {
		Candidate walk = Proposal.judge(activity("physical-walk-through", List.of("physical"),
				Set.of(RemoteOption.NOT_REMOTE), Set.of(), 60, null), TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(walk.fits()).isFalse();
		assertThat(walk.reasons().get(0).verdict()).isEqualTo(Verdict.NO);
		assertThat(walk.reasons().get(0).messageKey()).isEqualTo("audit.plan.why.setting.no");
		// unknown remote options: only in place
		Candidate unknown = Proposal.judge(activity("unknown", List.of("physical"), Set.of(), Set.of(), 60, null),
				TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(unknown.fits()).isFalse();
		assertThat(Proposal.judge(activity("unknown", List.of("physical"), Set.of(), Set.of(), 60, null),
				new Needs(AuditSetting.IN_PLACE, 12, Set.of(), 240)).fits()).isTrue();
		// fully remote: fits everywhere; partly remote fits remote with support but not wholly remote
		assertThat(Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.PARTLY), Set.of(), 60, null),
				TWELVE_REMOTE_WITH_SUPPORT).fits()).isTrue();
		assertThat(Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.PARTLY), Set.of(), 60, null),
				new Needs(AuditSetting.REMOTE, 12, Set.of(), 240)).fits()).isFalse();
	}

	@Test
	void theSizeLimitIsTheLargestOrganizationItSuits() {
		assertThat(Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 60, 12),
				TWELVE_REMOTE_WITH_SUPPORT).fits()).as("exactly twelve").isTrue();
		Candidate small = Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 60, 11),
				TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(small.fits()).isFalse();
		assertThat(small.reasons().get(1).messageKey()).isEqualTo("audit.plan.why.size.no");
		assertThat(small.reasons().get(1).arguments()).containsExactly(11, 12);
		Candidate any = Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 60, null),
				TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(any.fits()).isTrue();
		assertThat(any.reasons().get(1).messageKey()).isEqualTo("audit.plan.why.size.any");
	}

	@Test
	void aSkillGapIsNamedButDoesNotExclude() {
		Candidate network = Proposal.judge(activity("router", List.of("network"), Set.of(RemoteOption.WITH_SUPPORT),
				Set.of("network-basics", "interviewing", "web-security"), 60, null), TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(network.fits()).isTrue();
		assertThat(network.missingSkills()).containsExactly("network-basics", "web-security");
		Proposal.Reason skills = network.reasons().stream().filter(r -> r.check() == Check.SKILLS).findFirst()
			.orElseThrow();
		assertThat(skills.verdict()).isEqualTo(Verdict.GAP);
		assertThat(skills.messageKey()).isEqualTo("audit.plan.why.skills.gap");
		assertThat(Proposal.judge(activity("any", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 60, null),
				TWELVE_REMOTE_WITH_SUPPORT).reasons().get(2).messageKey()).isEqualTo("audit.plan.why.skills.none");
	}

	@Test
	void eachActivityMustFitInTheTimeAvailableUnlessEitherTimeIsUnknown() {
		assertThat(Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 240, null),
				TWELVE_REMOTE_WITH_SUPPORT).fits()).as("exactly the time").isTrue();
		Candidate long_ = Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 241, null),
				TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(long_.fits()).isFalse();
		assertThat(long_.reasons().get(3).messageKey()).isEqualTo("audit.plan.why.time.no");
		assertThat(Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), null, null),
				TWELVE_REMOTE_WITH_SUPPORT).reasons().get(3).messageKey()).isEqualTo("audit.plan.why.time.unknown");
		Candidate noLimit = Proposal.judge(activity("a", List.of("m"), Set.of(RemoteOption.FULLY), Set.of(), 9000,
				null), new Needs(AuditSetting.REMOTE, 12, Set.of(), 0));
		assertThat(noLimit.fits()).isTrue();
		assertThat(noLimit.reasons().get(3).messageKey()).isEqualTo("audit.plan.why.time.noLimit");
	}

	@Test
	void candidatesComeByMethodThenInTheCatalogsOrderAndRetiredOnesNever() {
		CatalogActivity kickOff = activity("kick-off", List.of("preparation"), Set.of(RemoteOption.FULLY), Set.of(),
				30, null);
		CatalogActivity devices = activity("device-check", List.of("user-devices"), Set.of(RemoteOption.WITH_SUPPORT),
				Set.of(), 60, null);
		CatalogActivity timeline = activity("timeline", List.of("preparation"), Set.of(RemoteOption.FULLY), Set.of(),
				20, null);
		CatalogActivity retired = retired(activity("old", List.of("preparation"), Set.of(RemoteOption.FULLY),
				Set.of(), 20, null));
		CatalogActivity inPlace = activity("walk", List.of("user-devices", "preparation"),
				Set.of(RemoteOption.NOT_REMOTE), Set.of(), 20, null);
		List<Candidate> all = Proposal.of(List.of(kickOff, devices, timeline, retired, inPlace),
				TWELVE_REMOTE_WITH_SUPPORT);
		assertThat(all).extracting(c -> c.activity().slug()).containsExactly("kick-off", "timeline", "walk",
				"device-check");
		assertThat(Proposal.fitting(List.of(kickOff, devices, timeline, retired, inPlace), TWELVE_REMOTE_WITH_SUPPORT))
			.extracting(c -> c.activity().slug())
			.containsExactly("kick-off", "timeline", "device-check");
	}

	@Test
	void theTotalCountsOnlyKnownTimes() {
		assertThat(Proposal.totalMinutes(java.util.Arrays.asList(30, null, 90))).isEqualTo(120);
		assertThat(Proposal.totalMinutes(List.of())).isZero();
	}

	static CatalogActivity activity(String slug, List<String> methods, Set<RemoteOption> remote, Set<String> skills,
			@Nullable Integer minutes, @Nullable Integer sizeUnder) {
		return new CatalogActivity(UUID.randomUUID(), "tandem", slug, "Title " + slug, "Summary", methods,
				Set.of(Approach.INTERPERSONAL), remote, skills, Set.of(), minutes, sizeUnder, false, false);
	}

	static CatalogActivity retired(CatalogActivity a) {
		return new CatalogActivity(a.id(), a.catalog(), a.slug(), a.title(), a.shortSummary(), a.methods(),
				a.approaches(), a.remoteOptions(), a.skillsRequired(), a.skillsTrained(), a.minutes(),
				a.organizationSizeUnder(), a.inEnglish(), true);
	}

}
