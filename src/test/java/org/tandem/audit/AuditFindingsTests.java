package org.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.audit.domain.AuditFindings;
import org.tandem.audit.domain.Finding;
import org.tandem.audit.domain.Recommendation;
import org.tandem.audit.domain.Recommendations;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Plans;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Findings and recommendations through their services on H2 and PostgreSQL, with a real engagement, organization,
 * accounts and keys: the auditor's side records, changes (stale pages refused) and removes; findings come weightiest
 * first; only the organization decides, with a reason for postponing or declining, every change kept; the accepted
 * move into the engagement's plan in one step, all or nothing, never twice; nobody else reaches any of it; what people
 * typed is sealed; the organization's purge takes it all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = FindingsTestSupport.OWN)
class AuditFindingsTests extends FindingsTestSupport {

	@Autowired
	Plans plans;

	private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

	@Test
	void findingsAreRecordedWeightiestFirstChangedAndRemovedByTheAuditorSideOnly() {
		Finding minor = findings.add(audit, providerAccount, finding("canary-Old router", Likelihood.POSSIBLE,
				Impact.MINOR));
		Finding severe = findings.add(audit, staff.id(), finding("canary-No two-step sign-in", Likelihood.LIKELY,
				Impact.SEVERE));
		Finding sameWeight = findings.add(audit, providerAccount, finding("canary-Open office", Likelihood.UNLIKELY,
				Impact.MAJOR));
		// 3×2 = 6, 4×5 = 20, 2×4 = 8, then 6 again: equal weights newest first
		Finding newerSix = findings.add(audit, providerAccount, finding("canary-Shared passwords",
				Likelihood.POSSIBLE, Impact.MINOR));
		assertThat(read.findings(audit, member.id())).extracting(Finding::title).containsExactly(
				"canary-No two-step sign-in", "canary-Open office", "canary-Shared passwords", "canary-Old router");
		assertThat(severe.weight()).isEqualTo(20);
		assertThat(newerSix.weight()).isEqualTo(minor.weight());

		// bad input refused, nothing written
		assertThatThrownBy(() -> findings.add(audit, providerAccount, finding(" ", Likelihood.RARE, Impact.MINOR)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.finding.title.required"));
		assertThatThrownBy(() -> findings.add(audit, providerAccount, new Finding.Entry("x", FindingCategory.DATA, null,
				Likelihood.RARE, Impact.MINOR, null, java.util.Collections.nCopies(21, "f"), null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.finding.evidenceFiles.invalid"));
		assertThat(read.findings(audit, providerAccount)).hasSize(4);

		// the organization's side reads but does not write
		assertThatThrownBy(() -> findings.add(audit, member.id(), finding("canary-Mine", Likelihood.RARE,
				Impact.MINOR))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.auditorOnly"));

		// a change from a page that showed an older version is refused
		Finding.Entry lower = finding("canary-Old router, replaced", Likelihood.RARE, Impact.MINOR);
		findings.change(audit, providerAccount, minor.id(), lower, minor.version());
		assertThatThrownBy(() -> findings.change(audit, staff.id(), minor.id(), lower, minor.version()))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.finding.stale"));
		Finding changed = read.finding(audit, member.id(), minor.id());
		assertThat(changed.title()).isEqualTo("canary-Old router, replaced");
		assertThat(changed.weight()).isEqualTo(2);
		assertThat(changed.evidenceFiles()).containsExactly("canary-screenshot.png");
		assertThat(read.findings(audit, member.id()).getLast().id()).isEqualTo(minor.id());

		// a finding a recommendation rests on stays; another goes
		recommendations.add(audit, providerAccount, recommendation("canary-Turn on two-step", severe.id()));
		assertThatThrownBy(() -> findings.remove(audit, providerAccount, severe.id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.finding.linked"));
		findings.remove(audit, providerAccount, sameWeight.id());
		assertThat(read.findings(audit, member.id())).hasSize(3);

		// a closed audit changes no more
		audits.moveTo(audit, providerAccount, AuditStatus.CLOSED, audits.get(audit, providerAccount).audit().version());
		assertThatThrownBy(() -> findings.add(audit, providerAccount, lower)).isInstanceOfSatisfying(
				InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("audit.closed"));
	}

	@Test
	void onlyTheOrganizationDecidesWithAReasonWhenItSaysNoAndEveryChangeIsKept() {
		Finding f = findings.add(audit, providerAccount, finding("canary-No backups", Likelihood.LIKELY, Impact.MAJOR));
		Recommendation r = recommendations.add(audit, providerAccount, recommendation("canary-Back up weekly", f.id()));
		assertThat(r.status()).isEqualTo(RecommendationStatus.PROPOSED);

		// findings of another audit, none at all, or an unknown one: refused
		UUID other = audits.startInEngagement(engagement, providerAccount, context()).id();
		Finding elsewhere = findings.add(other, providerAccount, finding("canary-Other", Likelihood.RARE,
				Impact.MINOR));
		assertThatThrownBy(() -> recommendations.add(audit, providerAccount, recommendation("x", elsewhere.id())))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.rec.findings.unknown"));
		assertThatThrownBy(() -> recommendations.add(audit, providerAccount, recommendation("x")))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.rec.findings.required"));

		// the auditor's side does not decide
		assertThatThrownBy(() -> recommendations.decide(audit, providerAccount, r.id(), RecommendationStatus.ACCEPTED,
				null, r.version())).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.rec.organizationOnly"));
		// declining needs a reason; going back to proposed is no decision
		assertThatThrownBy(() -> recommendations.decide(audit, member.id(), r.id(), RecommendationStatus.DECLINED,
				" ", r.version())).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.rec.reason.required"));
		assertThatThrownBy(() -> recommendations.decide(audit, member.id(), r.id(), RecommendationStatus.PROPOSED,
				null, r.version())).isInstanceOf(InvalidInput.class);
		recommendations.decide(audit, member.id(), r.id(), RecommendationStatus.POSTPONED, "canary-After the elections",
				r.version());
		// a decision from a page that showed the older version is refused
		assertThatThrownBy(() -> recommendations.decide(audit, member.id(), r.id(), RecommendationStatus.ACCEPTED,
				null, r.version())).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.rec.stale"));
		long seen = read.recommendation(audit, member.id(), r.id()).recommendation().version();
		recommendations.decide(audit, member.id(), r.id(), RecommendationStatus.ACCEPTED, null, seen);

		AuditFindings.FollowUp followUp = read.followUp(audit, providerAccount);
		assertThat(followUp.counts()).containsEntry(RecommendationStatus.ACCEPTED, 1)
			.containsEntry(RecommendationStatus.PROPOSED, 0);
		assertThat(followUp.timelines()).singleElement().satisfies(t -> {
			assertThat(t.changes()).extracting(c -> c.fromStatus() + ">" + c.toStatus())
				.containsExactly("PROPOSED>POSTPONED", "POSTPONED>ACCEPTED");
			assertThat(t.changes().getFirst().reason()).isEqualTo("canary-After the elections");
			assertThat(t.changes().getFirst().changedBy()).isEqualTo(member.id());
		});
		assertThat(read.recommendation(audit, staff.id(), r.id()).findings()).extracting(Finding::id)
			.containsExactly(f.id());

		// nobody else reaches any of it
		UUID otherMember = fixtures.create(false, Role.ORG_MEMBER).id();
		UUID otherStaff = fixtures.create(true, Role.STAFF).id();
		for (UUID outsider : List.of(otherMember, otherStaff, fixtures.create(false, Role.ADVISORY).id())) {
			assertThatThrownBy(() -> read.findings(audit, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> read.recommendations(audit, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> read.followUp(audit, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> recommendations.decide(audit, outsider, r.id(), RecommendationStatus.DECLINED,
					"x", 9)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> findings.add(audit, outsider, finding("x", Likelihood.RARE, Impact.MINOR)))
				.isInstanceOf(NotFoundException.class);
		}
		// a recommendation of another audit is not found through this one
		assertThatThrownBy(() -> read.recommendation(other, member.id(), r.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void acceptedRecommendationsBecomePlanItemsInOneStepAllOrNothingAndNeverTwice() {
		Finding f = findings.add(audit, providerAccount, finding("canary-No backups", Likelihood.LIKELY, Impact.MAJOR));
		Recommendation dated = recommendations.add(audit, providerAccount, new Recommendation.Entry(
				"canary-Back up weekly", "canary-Weekly", List.of(f.id()), 6, 20_000L, "USD", Priority.HIGH,
				today.plusDays(20)));
		Recommendation undated = recommendations.add(audit, providerAccount, new Recommendation.Entry(
				"canary-Train the team", "canary-Train", List.of(f.id()), 10, 50_000L, "EUR", Priority.MEDIUM, null));
		Recommendation declined = recommendations.add(audit, providerAccount,
				recommendation("canary-Buy new laptops", f.id()));

		// nothing accepted yet: nothing to move
		assertThatThrownBy(() -> recommendations.toPlan(audit, member.id(),
				new Recommendations.PlanMove(today, Map.of(), List.of()))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.rec.plan.none"));
		recommendations.decide(audit, member.id(), dated.id(), RecommendationStatus.ACCEPTED, null, dated.version());
		recommendations.decide(audit, member.id(), undated.id(), RecommendationStatus.ACCEPTED, null, undated.version());
		recommendations.decide(audit, member.id(), declined.id(), RecommendationStatus.DECLINED, "canary-No money",
				declined.version());
		List<UUID> both = List.of(dated.id(), undated.id());

		// all or nothing: one without a date of its own and none chosen stops both
		assertThatThrownBy(() -> recommendations.toPlan(audit, providerAccount,
				new Recommendations.PlanMove(null, Map.of(), both))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.rec.plan.dueMissing"));
		// a page that showed other recommendations than those waiting is refused
		assertThatThrownBy(() -> recommendations.toPlan(audit, providerAccount,
				new Recommendations.PlanMove(today, Map.of(), List.of(dated.id())))).isInstanceOfSatisfying(
						InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("audit.rec.plan.stale"));
		// a full plan refuses the second item: the first is not added either
		for (int i = 0; i < Plans.ITEM_LIMIT - 1; i++) {
			jdbc.sql("""
					insert into engagement_plan_item (id, engagement_id, organization_id, title, owner, due_on,
					effort_hours, cost_minor, status, created_at, updated_at, version)
					select :id, id, organization_id, :title, 'PROVIDER', current_date, 1, 0, 'TO_DO', current_timestamp,
					current_timestamp, 0 from engagement where id = :e""")
				.param("id", UUID.randomUUID()).param("e", engagement).param("title", new byte[] { 1 }).update();
		}
		assertThatThrownBy(() -> recommendations.toPlan(audit, member.id(),
				new Recommendations.PlanMove(today.plusDays(30), Map.of(), both))).isInstanceOf(InvalidInput.class);
		assertThat(planItems()).isEqualTo(Plans.ITEM_LIMIT - 1);
		assertThat(read.recommendations(audit, member.id())).allMatch(r -> r.recommendation().planItemId() == null);
		jdbc.sql("delete from engagement_plan_item where engagement_id = :e").param("e", engagement).update();

		// both at once, the provider owning the training; the cost carried only in the plan's currency
		List<UUID> items = recommendations.toPlan(audit, member.id(), new Recommendations.PlanMove(
				today.plusDays(30), Map.of(undated.id(), Side.PROVIDER), both));
		assertThat(items).hasSize(2);
		var plan = plans.view(engagement, member.id());
		assertThat(plan.items()).extracting(i -> i.title() + "|" + i.owner() + "|" + i.dueOn() + "|"
				+ i.effortHours() + "|" + i.costMinor() + "|" + i.outcome()).containsExactlyInAnyOrder(
						"canary-Back up weekly|ORGANIZATION|" + today.plusDays(20) + "|6|20000|canary-No backups",
						"canary-Train the team|PROVIDER|" + today.plusDays(30) + "|10|0|canary-No backups");
		assertThat(read.recommendations(audit, member.id()))
			.filteredOn(r -> r.recommendation().status() == RecommendationStatus.ACCEPTED)
			.allMatch(r -> items.contains(r.recommendation().planItemId()));

		// never twice
		assertThatThrownBy(() -> recommendations.toPlan(audit, providerAccount,
				new Recommendations.PlanMove(today, Map.of(), both))).isInstanceOfSatisfying(InvalidInput.class,
						e -> assertThat(e.messageKey()).isEqualTo("audit.rec.plan.none"));
		assertThat(plans.view(engagement, member.id()).items()).hasSize(2);

		// outsiders: not found
		UUID otherMember = fixtures.create(false, Role.ORG_MEMBER).id();
		assertThatThrownBy(() -> recommendations.toPlan(audit, otherMember,
				new Recommendations.PlanMove(today, Map.of(), both))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void onlyAnAuditInsideAnEngagementMovesIntoAPlan() {
		UUID alone = audits.startOnItsOwn(organization, staff.id(), context()).id();
		Finding f = findings.add(alone, staff.id(), finding("canary-No backups", Likelihood.LIKELY, Impact.MAJOR));
		Recommendation r = recommendations.add(alone, staff.id(), recommendation("canary-Back up", f.id()));
		recommendations.decide(alone, member.id(), r.id(), RecommendationStatus.ACCEPTED, null, r.version());
		assertThatThrownBy(() -> recommendations.toPlan(alone, member.id(),
				new Recommendations.PlanMove(today, Map.of(), List.of(r.id())))).isInstanceOfSatisfying(
						InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("audit.rec.plan.noEngagement"));
		assertThat(recommendations.waiting(alone, member.id()).currency()).isNull();
	}

	@Test
	void everythingTypedIsSealedAndThePurgeTakesItAll() {
		Finding f = findings.add(audit, providerAccount, finding("canary-No backups", Likelihood.LIKELY, Impact.MAJOR));
		Recommendation r = recommendations.add(audit, providerAccount, recommendation("canary-Back up", f.id()));
		recommendations.decide(audit, member.id(), r.id(), RecommendationStatus.DECLINED, "canary-No money",
				r.version());
		Map<String, List<String>> sealed = Map.of("audit_finding",
				List.of("title", "assets", "evidence", "evidence_files", "seen_by"), "audit_recommendation",
				List.of("title", "action", "reason"), "audit_recommendation_change", List.of("reason"));
		sealed.forEach((table, columns) -> columns.forEach(column -> {
			List<byte[]> values = jdbc.sql("select " + column + " from " + table + " where organization_id = :o")
				.param("o", organization).query(byte[].class).list();
			assertThat(values).as(table + "." + column).isNotEmpty();
			values.forEach(value -> assertThat(new String(value, StandardCharsets.ISO_8859_1)).as(table + "." + column)
				.doesNotContain("canary").doesNotContain("Back up").doesNotContain("money"));
		}));

		organizations.destroyAsStaff(organization);
		for (String table : List.of("audit_finding", "audit_recommendation", "audit_recommendation_change", "audit")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o")
				.param("o", organization).query(Long.class).single()).as(table).isZero();
		}
		assertThat(jdbc.sql("select count(*) from audit_recommendation_finding where recommendation_id = :r")
			.param("r", r.id()).query(Long.class).single()).isZero();
	}

	private long planItems() {
		return jdbc.sql("select count(*) from engagement_plan_item where engagement_id = :e").param("e", engagement)
			.query(Long.class).single();
	}

}
