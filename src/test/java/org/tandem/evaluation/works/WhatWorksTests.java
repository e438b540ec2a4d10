package org.tandem.evaluation.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.audit.AuditedEngagements;
import org.tandem.engagement.PlanProgress;
import org.tandem.engagement.Side;
import org.tandem.engagement.Workspaces;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.works.WhatWorks.WorksReport;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;

/**
 * What works over real plans, scored through the plan service, counted by the tally and published through
 * disclosure control. Worked example (one framework outcome a plan, full mode), per organization: baseline → final,
 * percentage change, potential reached:
 * <pre>
 *   A 2 → 3   +50 %   1/3        B 2 → 4  +100 %   2/3        C 3 → 3   0 %   0
 *   D 4 → 5   +25 %   1          E 1 → 2  +100 %   1/4
 * </pre>
 * A–D alone: 4 organizations, fewer than 5, nothing described. A–E: 5 organizations (shown 5), average change
 * (50 + 100 + 0 + 25 + 100) / 5 = 55.0, improved 4 of 5 = 80 %, potential reached (1/3 + 2/3 + 0 + 1 + 1/4) / 5 =
 * 45.0 %.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = WorksTestSupport.OWN)
class WhatWorksTests extends WorksTestSupport {

	@Autowired
	Workspaces workspaces;

	@Autowired
	PlanProgress progress;

	@Autowired
	AuditedEngagements audits;

	private static final int[][] EXAMPLE = { { 2, 3 }, { 2, 4 }, { 3, 3 }, { 4, 5 }, { 1, 2 } };

	@Test
	void aGroupOfFourIsHiddenAndOfFiveShownWithTheWorkedFigures() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		for (int i = 0; i < 4; i++) {
			evaluated(provider.id(), staff, EXAMPLE[i][0], EXAMPLE[i][1]);
		}
		tally.recompute();
		WorksReport four = works.provider(provider.id());
		for (WorksReport.Section section : four.sections()) {
			for (WorksReport.Line line : section.lines()) {
				assertThat(line.organizations().visibility()).as(line.group().name())
					.isEqualTo(Disclosure.Visibility.FEWER_THAN_MINIMUM);
				assertThat(line.shown()).isFalse();
				assertThat(line.shareImproved()).isNull();
				assertThat(line.potentialReached()).isNull();
			}
		}
		assertThat(four.anyShown()).isFalse();

		evaluated(provider.id(), staff, EXAMPLE[4][0], EXAMPLE[4][1]);
		tally.recompute();
		WorksReport five = works.provider(provider.id());
		WorksReport.Line all = full(five).reference();
		assertThat(all.group()).isEqualTo(WorksGroup.ALL);
		assertThat(all.organizations()).isEqualTo(new Disclosure.Cell(Disclosure.Visibility.SHOWN, 5, 5));
		assertThat(all.averageChange()).isEqualByComparingTo("55.0");
		assertThat(all.shareImproved()).isEqualTo(80L);
		assertThat(all.potentialReached()).isEqualByComparingTo("45.0");
		// every plan came through an introduction (an engagement); none through a cohort, none audited
		WorksReport.Line introduction = line(full(five), WorksGroup.INTRODUCTION);
		assertThat(introduction.averageChange()).isEqualByComparingTo("55.0");
		assertThat(line(full(five), WorksGroup.COHORT).shown()).isFalse();
		assertThat(line(full(five), WorksGroup.AUDIT).shown()).isFalse();
		assertThat(line(full(five), WorksGroup.KNOWLEDGE_CHECK).shown()).isFalse();
		// no light plan: nothing in the light section
		assertThat(section(five, PlanMode.LIGHT).lines()).noneMatch(WorksReport.Line::shown);
		// the hub's figures hold these organizations too
		assertThat(full(works.hub()).reference().shown()).isTrue();
	}

	@Test
	void anOrganizationThatOptsOutChangesNoPublishedFigure() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		for (int[] scores : EXAMPLE) {
			evaluated(provider.id(), staff, scores[0], scores[1]);
		}
		tally.recompute();
		WorksReport withoutIt = works.provider(provider.id());
		Map<WorksCount.Key, WorksCount.Tally> hubWithoutIt = tally.of(WorksCount.HUB);

		// a sixth went from 5 to 1 (−80 %): counted, it moves the average to (275 − 80) / 6 = 32.5
		Evaluated sixth = evaluated(provider.id(), staff, 5, 1);
		tally.recompute();
		WorksReport withIt = works.provider(provider.id());
		assertThat(full(withIt).reference().averageChange()).isEqualByComparingTo("32.5");
		assertThat(full(withIt).reference().shareImproved()).isEqualTo(65L); // 4 of 6 = 66.7 % → 65
		assertThat(full(withIt).reference().organizations().value()).isEqualTo(5L); // 6 rounds to 5

		// the opt-out recounts by itself, once it commits: no waiting for the hourly job
		optOut(sixth);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(works.provider(provider.id()).sections()).isEqualTo(withoutIt.sections()));
		assertThat(tally.of(WorksCount.HUB)).isEqualTo(hubWithoutIt);
	}

	@Test
	void aProviderThatOptsOutChangesNoFigureAndHasNoneOfItsOwn() {
		Person staff = fixtures.create(true, Role.STAFF);
		tally.recompute();
		Map<WorksCount.Key, WorksCount.Tally> before = tally.of(WorksCount.HUB);

		ProviderNetwork.ActiveProvider optingOut = new ProviderNetwork(this).activeProvider();
		evaluated(optingOut.id(), staff, 1, 5);
		tally.recompute();
		assertThat(tally.of(WorksCount.HUB)).isNotEqualTo(before);
		assertThat(tally.of(optingOut.id())).isNotEmpty();

		optingOut.web().get("/provider");
		optingOut.web().post("/provider/counting", Map.of());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(tally.of(WorksCount.HUB)).isEqualTo(before));
		assertThat(tally.of(optingOut.id())).isEmpty();
		assertThat(works.provider(optingOut.id()).anyShown()).isFalse();
	}

	@Test
	void plansWhoseItemsAreNotDoneCountInTheirBucketThroughTheEngagementsDoor() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		List<UUID> engagementIds = new ArrayList<>();
		for (int[] scores : EXAMPLE) {
			Evaluated evaluated = evaluated(provider.id(), staff, scores[0], scores[1]);
			workspaces.addPlanItems(evaluated.engagement(), evaluated.member().id(), List.of(
					new Workspaces.PlanEntry("Backups", null, Side.ORGANIZATION, LocalDate.now().plusMonths(1), 2, 0),
					new Workspaces.PlanEntry("Passwords", null, Side.PROVIDER, LocalDate.now().plusMonths(2), 3, 0)));
			engagementIds.add(evaluated.engagement());
		}
		assertThat(progress.progress(engagementIds).values()).hasSize(5)
			.allMatch(p -> p.done() == 0 && p.live() == 2);
		assertThat(audits.audited(engagementIds)).isEmpty();
		tally.recompute();
		WorksReport report = works.provider(provider.id());
		assertThat(line(full(report), WorksGroup.ITEMS_NONE).averageChange()).isEqualByComparingTo("55.0");
		assertThat(line(full(report), WorksGroup.ITEMS_SOME).shown()).isFalse();
		assertThat(line(full(report), WorksGroup.ITEMS_ALL).shown()).isFalse();
	}

	@Autowired
	org.tandem.audit.domain.AuditService auditService;

	@Autowired
	org.tandem.audit.domain.Findings findings;

	@Autowired
	org.tandem.audit.domain.Recommendations recommendations;

	@Autowired
	org.tandem.engagement.domain.Plans planItems;

	/**
	 * The worked example's five organizations each had an audit in their engagement: a recommendation resting on a
	 * finding about devices and one about networks, accepted and moved into the plan; another about data, declined.
	 * Carried out (its plan item done) by four: both groups read "fewer than 5"; by the fifth too: 5, the worked
	 * figures; the declined one's category is never described.
	 */
	@Test
	void auditRecommendationsCarriedOutCountByWhatTheyAnswered() {
		ProviderNetwork.ActiveProvider provider = new ProviderNetwork(this).activeProvider();
		Person staff = fixtures.create(true, Role.STAFF);
		List<Runnable> carryOut = new ArrayList<>();
		for (int[] scores : EXAMPLE) {
			Evaluated evaluated = evaluated(provider.id(), staff, scores[0], scores[1]);
			UUID audit = auditService.startInEngagement(evaluated.engagement(), staff.id(),
					new org.tandem.audit.domain.Audit.Context("canary-Devices and networks", null, 12, "MX",
							org.tandem.audit.AuditSetting.REMOTE_WITH_SUPPORT, 600, Set.of(), "en")).id();
			UUID devices = finding(audit, staff, org.tandem.audit.FindingCategory.DEVICES);
			UUID networks = finding(audit, staff, org.tandem.audit.FindingCategory.NETWORKS);
			UUID data = finding(audit, staff, org.tandem.audit.FindingCategory.DATA);
			var acted = recommendations.add(audit, staff.id(), new org.tandem.audit.domain.Recommendation.Entry(
					"canary-Update and segment", "canary-Update the laptops, a guest network", List.of(devices, networks),
					4, null, null, org.tandem.audit.Priority.HIGH, LocalDate.now().plusMonths(1)));
			var declined = recommendations.add(audit, staff.id(), new org.tandem.audit.domain.Recommendation.Entry(
					"canary-Encrypt the archive", "canary-Encrypt", List.of(data), 2, null, null,
					org.tandem.audit.Priority.LOW, LocalDate.now().plusMonths(1)));
			UUID member = evaluated.member().id();
			recommendations.decide(audit, member, acted.id(), org.tandem.audit.RecommendationStatus.ACCEPTED, null,
					acted.version());
			recommendations.decide(audit, member, declined.id(), org.tandem.audit.RecommendationStatus.DECLINED,
					"canary-Later", declined.version());
			UUID item = recommendations.toPlan(audit, member,
					new org.tandem.audit.domain.Recommendations.PlanMove(null, Map.of(), List.of(acted.id()))).getFirst();
			carryOut.add(() -> planItems.mark(evaluated.engagement(), member, item,
					org.tandem.engagement.PlanStatus.DONE));
		}
		for (int i = 0; i < 4; i++) {
			carryOut.get(i).run();
		}
		tally.recompute();
		WorksReport report = works.provider(provider.id());
		for (WorksGroup group : List.of(WorksGroup.ACTED_DEVICES, WorksGroup.ACTED_NETWORKS)) {
			assertThat(line(full(report), group).shown()).as(group.name()).isFalse();
			assertThat(line(full(report), group).organizations().visibility())
				.isEqualTo(Disclosure.Visibility.FEWER_THAN_MINIMUM);
		}

		carryOut.get(4).run();
		tally.recompute();
		report = works.provider(provider.id());
		for (WorksGroup group : List.of(WorksGroup.ACTED_DEVICES, WorksGroup.ACTED_NETWORKS)) {
			WorksReport.Line shown = line(full(report), group);
			assertThat(shown.organizations().value()).as(group.name()).isEqualTo(5);
			assertThat(shown.averageChange()).isEqualByComparingTo("55.0");
			assertThat(shown.shareImproved()).isEqualTo(80L);
			assertThat(shown.potentialReached()).isEqualByComparingTo("45.0");
		}
		assertThat(line(full(report), WorksGroup.ACTED_DATA).shown()).isFalse();
		assertThat(line(full(report), WorksGroup.ACTED_DATA).organizations().visibility())
			.isEqualTo(Disclosure.Visibility.FEWER_THAN_MINIMUM);
	}

	private UUID finding(UUID audit, Person staff, org.tandem.audit.FindingCategory category) {
		return findings.add(audit, staff.id(), new org.tandem.audit.domain.Finding.Entry("canary-" + category, category,
				null, org.tandem.audit.Likelihood.LIKELY, org.tandem.audit.Impact.MAJOR, null, List.of(), null)).id();
	}

	@Test
	void anOrganizationWithSeveralPlansCountsOnceWithTheirMean() {
		UUID twice = UUID.randomUUID();
		UUID provider = UUID.randomUUID();
		List<WorksCount.Fact> facts = new ArrayList<>();
		facts.add(fact(twice, provider, "40", Set.of(WorksGroup.INTRODUCTION)));
		facts.add(fact(twice, provider, "-60", Set.of(WorksGroup.INTRODUCTION, WorksGroup.AUDIT)));
		facts.add(fact(UUID.randomUUID(), null, "10", Set.of(WorksGroup.COHORT)));
		Map<WorksCount.Key, WorksCount.Tally> cells = WorksCount.count(facts);
		// the hub's ALL: two organizations; the first's mean is (40 − 60) / 2 = −10, not improved
		WorksCount.Tally all = cells.get(new WorksCount.Key(WorksCount.HUB, PlanMode.FULL, WorksGroup.ALL));
		assertThat(all.organizations()).isEqualTo(2);
		assertThat(all.improved()).isEqualTo(1);
		assertThat(all.changeSum()).isEqualByComparingTo("0");
		// the audit group sees only the audited plan
		WorksCount.Tally audit = cells.get(new WorksCount.Key(WorksCount.HUB, PlanMode.FULL, WorksGroup.AUDIT));
		assertThat(audit.organizations()).isEqualTo(1);
		assertThat(audit.changeSum()).isEqualByComparingTo("-60");
		// the provider's own cells hold only its plans; a plan without provider counts for the hub only
		assertThat(cells.get(new WorksCount.Key(provider, PlanMode.FULL, WorksGroup.ALL)).organizations()).isEqualTo(1);
		assertThat(cells.get(new WorksCount.Key(provider, PlanMode.FULL, WorksGroup.COHORT))).isNull();
	}

	@Test
	void planItemBucketsAndTheShareRounding() {
		assertThat(WorksGroup.items(0, 4)).isEqualTo(WorksGroup.ITEMS_NONE);
		assertThat(WorksGroup.items(1, 4)).isEqualTo(WorksGroup.ITEMS_SOME);
		assertThat(WorksGroup.items(2, 4)).isEqualTo(WorksGroup.ITEMS_MOST);
		assertThat(WorksGroup.items(3, 4)).isEqualTo(WorksGroup.ITEMS_MOST);
		assertThat(WorksGroup.items(4, 4)).isEqualTo(WorksGroup.ITEMS_ALL);
		assertThat(WhatWorks.shareRounded(4, 6)).isEqualTo(65); // 66.7 → 65
		assertThat(WhatWorks.shareRounded(5, 7)).isEqualTo(70); // 71.4 → 70
		assertThat(WhatWorks.shareRounded(3, 8)).isEqualTo(40); // 37.5 → 40 (half up)
		assertThat(WhatWorks.shareRounded(0, 5)).isEqualTo(0);
		assertThat(WhatWorks.shareRounded(5, 5)).isEqualTo(100);
		// a shown group with k = 3: 4 organizations are described, shown as 5
		WorksReport.Line line = WhatWorks.publish(Disclosure.withMinimum(3), PlanMode.LIGHT, WorksGroup.ALL,
				new WorksCount.Tally(4, 3, new BigDecimal("2"), 0, BigDecimal.ZERO));
		assertThat(line.organizations().value()).isEqualTo(5);
		assertThat(line.averageChange()).isEqualByComparingTo("0.50");
		assertThat(line.shareImproved()).isEqualTo(75L);
		assertThat(line.potentialReached()).isNull();
	}

	private static WorksCount.Fact fact(UUID organization, UUID provider, String change, Set<WorksGroup> groups) {
		return new WorksCount.Fact(organization, provider, PlanMode.FULL, new BigDecimal(change), null, groups);
	}

	private static WorksReport.Section full(WorksReport report) {
		return section(report, PlanMode.FULL);
	}

	private static WorksReport.Section section(WorksReport report, PlanMode mode) {
		return report.sections().stream().filter(s -> s.mode() == mode).findFirst().orElseThrow();
	}

	private static WorksReport.Line line(WorksReport.Section section, WorksGroup group) {
		return section.lines().stream().filter(l -> l.group() == group).findFirst().orElseThrow();
	}

}
