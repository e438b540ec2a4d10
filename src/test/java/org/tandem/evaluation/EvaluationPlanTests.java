package org.tandem.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.EvaluationPlans.Entry;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.domain.RoundRefused;
import org.tandem.evaluation.framework.Framework;
import org.tandem.evaluation.framework.HubOutcome;
import org.tandem.evaluation.framework.HubOutcomes;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;

/**
 * Plans through their service, on H2 and PostgreSQL, with real accounts, keys, an engagement and a cohort: who sees
 * and changes a plan (both subjects), the bounds, the rounds' rules and history, stale pages, the sealed columns, the
 * results door, and the organization's purge.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EvaluationTestSupport.OWN)
class EvaluationPlanTests extends EvaluationTestSupport {

	@Autowired
	Framework framework;

	@Autowired
	HubOutcomes hubOutcomes;

	@Autowired
	EvaluationResults results;

	@Test
	void theFrameworkHoldsItsFiveObjectivesAndTwentyEightOutcomes() {
		assertThat(framework.outcomes()).hasSize(28);
		assertThat(framework.outcomes()).extracting(Framework.FrameworkOutcome::objective).containsOnly(1, 2, 3, 4, 5);
		assertThat(framework.outcome("2.4").orElseThrow().kind()).isEqualTo(OutcomeKind.CONDITION);
		assertThat(framework.outcome("3.1").orElseThrow().kind()).isEqualTo(OutcomeKind.KNOWLEDGE);
		assertThat(framework.outcome("6.1")).isEmpty();
	}

	@Test
	void anEngagementsParticipantsMakeAndChangeThePlanAndNobodyElseSeesIt() {
		assertThat(plans.ofEngagement(engagement, member.id())).isEmpty();
		EvaluationPlan plan = plans.makeForEngagement(engagement, providerAccount, full());
		assertThat(plan.organizationId()).isEqualTo(organization);
		assertThat(plan.providerId()).isEqualTo(provider.id());
		assertThat(plans.get(plan.id(), providerAccount).side()).isEqualTo(PlanSide.PROVIDER);
		assertThat(plans.get(plan.id(), member.id()).side()).isEqualTo(PlanSide.ORGANIZATION);
		assertThat(plans.get(plan.id(), staff.id()).side()).isEqualTo(PlanSide.STAFF);
		for (UUID outsider : List.of(otherProviderAccount, otherMember.id(), otherStaff.id(), advisory.id(),
				coordinator.id())) {
			assertThatThrownBy(() -> plans.get(plan.id(), outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.ofEngagement(engagement, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.addFromFramework(plan.id(), outsider, "1.1", null))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.makeForEngagement(engagement, outsider, full()))
				.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> plans.makeForEngagement(engagement, member.id(), light()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.plan.exists");

		// both sides pick and write; who did what is kept
		PlanOutcome picked = plans.addFromFramework(plan.id(), member.id(), "2.4", null);
		PlanOutcome reworded = plans.addFromFramework(plan.id(), providerAccount, "4.3",
				"canary-Name the three threats the radio meets most");
		PlanOutcome own = plans.addCustom(plan.id(), member.id(), 3, OutcomeKind.BEHAVIOUR,
				"canary-Reporters check in after every field trip",
				new PlanOutcome.Smart(true, true, false, true, false));
		assertThat(picked.addedBy()).isEqualTo(member.id());
		assertThat(reworded.addedBy()).isEqualTo(providerAccount);
		assertThat(own.smart().ticked()).isEqualTo(3);
		assertThatThrownBy(() -> plans.addFromFramework(plan.id(), staff.id(), "2.4", null))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.alreadyInPlan");
		assertThatThrownBy(() -> plans.addFromFramework(plan.id(), staff.id(), "9.9", null))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.unknown");

		// a stale page is refused, nothing written
		plans.reword(plan.id(), picked.id(), staff.id(), "canary-A manual for the radio", PlanOutcome.Smart.NONE,
				picked.version());
		assertThatThrownBy(() -> plans.reword(plan.id(), picked.id(), member.id(), "late", PlanOutcome.Smart.NONE,
				picked.version()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.stale");
		assertThat(plans.outcomeOf(plan.id(), picked.id(), member.id()).wording())
			.isEqualTo("canary-A manual for the radio");
		assertThat(plans.outcomeOf(plan.id(), picked.id(), member.id()).updatedBy()).isEqualTo(staff.id());
		// another plan's outcome is not found through this one
		assertThatThrownBy(() -> plans.outcomeOf(plan.id(), UUID.randomUUID(), member.id()))
			.isInstanceOf(NotFoundException.class);

		// the plan's dates change on a page that showed it as it is
		EvaluationPlan.Dates later = new EvaluationPlan.Dates(PlanMode.FULL, LocalDate.now().plusMonths(4),
				LocalDate.now().plusMonths(8), null);
		plans.change(plan.id(), member.id(), later, plan.version());
		assertThatThrownBy(() -> plans.change(plan.id(), staff.id(), later, plan.version()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.plan.stale");
		assertThat(plans.get(plan.id(), staff.id()).plan().finalDueOn()).isEqualTo(LocalDate.now().plusMonths(8));
		assertThat(plans.get(plan.id(), staff.id()).plan().updatedBy()).isEqualTo(member.id());
	}

	@Test
	void aCohortOrganizationsPlanIsForItsCoordinatorsAndItsMembers() {
		assertThat(plans.ofCohort(cohort, organization, coordinator.id())).isEmpty();
		EvaluationPlan plan = plans.makeForCohort(cohort, organization, member.id(), light());
		assertThat(plan.cohortId()).isEqualTo(cohort);
		assertThat(plan.engagementId()).isNull();
		assertThat(plans.get(plan.id(), coordinator.id()).side()).isEqualTo(PlanSide.STAFF);
		assertThat(plans.get(plan.id(), member.id()).side()).isEqualTo(PlanSide.ORGANIZATION);
		// another member organization of the cohort, a member provider not paired with it, and everyone else
		for (UUID outsider : List.of(otherMember.id(), otherProviderAccount, providerAccount, staff.id(),
				advisory.id())) {
			assertThatThrownBy(() -> plans.get(plan.id(), outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> plans.ofCohort(cohort, organization, outsider))
				.isInstanceOf(NotFoundException.class);
		}
		// the other organization's members make their own plan, not this one's
		assertThatThrownBy(() -> plans.makeForCohort(cohort, organization, otherMember.id(), light()))
			.isInstanceOf(NotFoundException.class);
		EvaluationPlan theirs = plans.makeForCohort(cohort, otherOrganization, otherMember.id(), light());
		assertThatThrownBy(() -> plans.get(theirs.id(), member.id())).isInstanceOf(NotFoundException.class);
		// an organization that is not in the cohort has no plan there
		assertThatThrownBy(() -> plans.makeForCohort(cohort, enrol("Fuera "), coordinator.id(), light()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void boundsAreKeptAndNothingHalfWritten() {
		EvaluationPlan plan = plans.makeForEngagement(engagement, staff.id(), light());
		List<String> codes = framework.outcomes().stream().map(Framework.FrameworkOutcome::code).toList();
		for (int i = 0; i < PlanMode.LIGHT.outcomeLimit(); i++) {
			plans.addFromFramework(plan.id(), member.id(), codes.get(i), null);
		}
		assertThatThrownBy(() -> plans.addFromFramework(plan.id(), member.id(), codes.get(9), null))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.lightFull");
		// full mode takes up to 30
		plans.change(plan.id(), member.id(), full(), plan.version());
		for (int i = PlanMode.LIGHT.outcomeLimit(); i < codes.size(); i++) {
			plans.addFromFramework(plan.id(), member.id(), codes.get(i), null);
		}
		plans.addCustom(plan.id(), member.id(), 1, OutcomeKind.ATTITUDE, "one", PlanOutcome.Smart.NONE);
		plans.addCustom(plan.id(), member.id(), 1, OutcomeKind.ATTITUDE, "two", PlanOutcome.Smart.NONE);
		assertThatThrownBy(
				() -> plans.addCustom(plan.id(), member.id(), 1, OutcomeKind.ATTITUDE, "three", PlanOutcome.Smart.NONE))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.full");
		long version = plans.get(plan.id(), member.id()).plan().version();
		assertThatThrownBy(() -> plans.change(plan.id(), member.id(), light(), version))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.plan.mode.tooManyOutcomes");

		EvaluationPlan other = plans.makeForCohort(cohort, organization, coordinator.id(), full());
		long before = count("evaluation_outcome", organization);
		assertThatThrownBy(() -> plans.addCustom(other.id(), member.id(), 1, OutcomeKind.ATTITUDE, "x".repeat(501),
				PlanOutcome.Smart.NONE)).isInstanceOf(InvalidInput.class).hasMessageContaining("tooLong");
		assertThatThrownBy(() -> plans.addCustom(other.id(), member.id(), 6, OutcomeKind.ATTITUDE, "x",
				PlanOutcome.Smart.NONE)).isInstanceOf(InvalidInput.class).hasMessageContaining("objective.invalid");
		assertThatThrownBy(() -> plans.addCustom(other.id(), member.id(), 1, null, "x", PlanOutcome.Smart.NONE))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("kind.invalid");
		assertThatThrownBy(() -> plans.addCustom(other.id(), member.id(), 1, OutcomeKind.ATTITUDE, " ",
				PlanOutcome.Smart.NONE)).isInstanceOf(InvalidInput.class).hasMessageContaining("wording.required");
		assertThatThrownBy(() -> plans.write(other.id(), member.id(), NoteTag.TURNOVER, "n".repeat(2001)))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.note.body.tooLong");
		assertThatThrownBy(() -> plans.write(other.id(), member.id(), null, "n"))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.note.tag.required");
		assertThatThrownBy(() -> plans.makeForEngagement(engagement, member.id(),
				new EvaluationPlan.Dates(PlanMode.FULL, LocalDate.now().plusYears(6), null, null)))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> plans.change(other.id(), member.id(), new EvaluationPlan.Dates(PlanMode.FULL,
				LocalDate.now().plusMonths(6), LocalDate.now().plusMonths(3), null), other.version()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.plan.finalBeforeMidterm");
		assertThat(count("evaluation_outcome", organization)).isEqualTo(before);
		assertThat(count("evaluation_note", organization)).isZero();
	}

	@Test
	void fullRoundsKeepTheirHistoryAndCloseOnceALaterRoundExists() {
		EvaluationPlan plan = plans.makeForEngagement(engagement, providerAccount, full());
		PlanOutcome a = plans.addFromFramework(plan.id(), member.id(), "1.1", null);
		PlanOutcome b = plans.addCustom(plan.id(), providerAccount, 2, OutcomeKind.CONDITION, "canary-own outcome",
				PlanOutcome.Smart.NONE);
		// the mid-term and final wait for the baseline
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), EvaluationPlans.FINAL,
				List.of(new Entry(a.id(), 3, "x"))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.score.baselineFirst");
		// a bad entry refuses the whole form
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), EvaluationPlans.BASELINE,
				List.of(new Entry(a.id(), 2, "canary-we rarely speak"), new Entry(b.id(), 2, " "))))
			.isInstanceOfSatisfying(RoundRefused.class,
					r -> assertThat(r.problems()).containsEntry(b.id(), "evaluation.score.justification.required"));
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), EvaluationPlans.BASELINE,
				List.of(new Entry(a.id(), 6, "too high"))))
			.isInstanceOf(RoundRefused.class).hasMessageContaining("evaluation.score.value.invalid");
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), EvaluationPlans.BASELINE,
				List.of(new Entry(a.id(), 2, "j".repeat(1001)))))
			.isInstanceOf(RoundRefused.class).hasMessageContaining("evaluation.score.text.tooLong");
		assertThat(count("evaluation_score", organization)).isZero();
		// a partial save: one outcome now, the other later
		assertThat(plans.record(plan.id(), member.id(), EvaluationPlans.BASELINE,
				List.of(new Entry(a.id(), 2, "canary-we rarely speak"), new Entry(b.id(), null, null)))).isEqualTo(1);
		assertThat(plans.record(plan.id(), providerAccount, EvaluationPlans.BASELINE,
				List.of(new Entry(a.id(), 2, "canary-we rarely speak"), new Entry(b.id(), 1, "canary-nothing yet"))))
			.isEqualTo(1);
		// the mode is fixed once something is scored
		long version = plans.get(plan.id(), member.id()).plan().version();
		assertThatThrownBy(() -> plans.change(plan.id(), member.id(), light(), version))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.plan.mode.scored");
		// scoring again keeps the history
		plans.record(plan.id(), staff.id(), EvaluationPlans.BASELINE, List.of(new Entry(a.id(), 3, "canary-better")));
		assertThat(plans.history(plan.id(), member.id(), EvaluationPlans.BASELINE)).hasSize(3)
			.filteredOn(s -> s.outcomeId().equals(a.id()))
			.extracting(s -> s.score(), s -> s.recordedBy(), s -> s.supersededAt() != null)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, member.id(), true),
					org.assertj.core.groups.Tuple.tuple(3, staff.id(), false));
		// final without a mid-term; then the baseline is closed
		plans.record(plan.id(), member.id(), EvaluationPlans.FINAL,
				List.of(new Entry(a.id(), 5, "canary-we talk weekly"), new Entry(b.id(), 3, "canary-halfway")));
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), EvaluationPlans.BASELINE,
				List.of(new Entry(a.id(), 1, "again"))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.score.laterRoundExists");
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), EvaluationPlans.MIDTERM,
				List.of(new Entry(a.id(), 4, "late mid-term"))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.score.laterRoundExists");
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), 4, List.of(new Entry(a.id(), 4, "no"))))
			.isInstanceOf(NotFoundException.class);
		// a scored outcome stays
		assertThatThrownBy(() -> plans.remove(plan.id(), a.id(), member.id()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.scored");

		PlanState state = plans.state(plan.id(), staff.id());
		EvaluationFigures.FullFigures figures = state.fullFigures();
		// 3 -> 5: +2, 66.7 %, potential 100 %; 1 -> 3: +2, 200 %, potential 50 %
		assertThat(figures.averageChange()).isEqualByComparingTo("2.00");
		assertThat(figures.averageChangePercent()).isEqualByComparingTo("133.3");
		assertThat(figures.potentialReached()).isEqualByComparingTo("75.0");

		// sealed: justifications and the custom wording never in the clear
		for (String sql : List.of("select justification from evaluation_score where organization_id = :o",
				"select wording from evaluation_outcome where organization_id = :o and wording is not null")) {
			for (byte[] value : jdbc.sql(sql).param("o", organization).query(byte[].class).list()) {
				assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
			}
		}

		// the results door: clear values, keyset by plan id
		EvaluationResults.Result result = allResults().stream().filter(r -> r.planId().equals(plan.id())).findFirst()
			.orElseThrow();
		assertThat(result.engagementId()).isEqualTo(engagement);
		assertThat(result.providerId()).isEqualTo(provider.id());
		assertThat(result.outcomes()).extracting(o -> o.code(), o -> o.first(), o -> o.last())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", 3, 5),
					org.assertj.core.groups.Tuple.tuple(null, 1, 3));
		assertThat(result.averageChange()).isEqualByComparingTo("133.3");
		assertThat(result.potentialReached()).isEqualByComparingTo("75.0");
	}

	@Test
	void lightRoundsFollowEachOtherAndSetTheNextDueDate() {
		EvaluationPlan plan = plans.makeForCohort(cohort, organization, coordinator.id(), light());
		PlanOutcome a = plans.addFromFramework(plan.id(), member.id(), "2.9", null);
		PlanOutcome b = plans.addFromFramework(plan.id(), member.id(), "4.9", null);
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), 2, List.of(new Entry(a.id(), 2, null))))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.score.previousRoundFirst");
		assertThatThrownBy(() -> plans.record(plan.id(), member.id(), 1, List.of(new Entry(a.id(), 4, null))))
			.isInstanceOf(RoundRefused.class).hasMessageContaining("evaluation.score.value.invalid");
		// comments are optional in light mode
		plans.record(plan.id(), member.id(), 1, List.of(new Entry(a.id(), 1, null), new Entry(b.id(), 2, "canary-c")));
		assertThat(plans.get(plan.id(), member.id()).plan().nextRoundDueOn()).isEqualTo(LocalDate.now().plusMonths(3));
		assertThat(results.results(null, 500).results()).noneMatch(r -> r.planId().equals(plan.id()));
		plans.record(plan.id(), coordinator.id(), 2, List.of(new Entry(a.id(), 3, null), new Entry(b.id(), 2, null)));
		List<EvaluationFigures.LightRound> rounds = plans.state(plan.id(), member.id()).lightFigures();
		// round 1: (1+2)/2 = 1.50 yellow; round 2: (3+2)/2 = 2.50 green
		assertThat(rounds).extracting(r -> r.overall().colour()).containsExactly(Light.YELLOW, Light.GREEN);
		EvaluationResults.Result result = allResults().stream().filter(r -> r.planId().equals(plan.id())).findFirst()
			.orElseThrow();
		assertThat(result.cohortId()).isEqualTo(cohort);
		assertThat(result.engagementId()).isNull();
		// first -> last: +2 and 0: 1.00
		assertThat(result.averageChange()).isEqualByComparingTo("1.00");
	}

	@Test
	void notesAreCountedByTagAndComeByCursor() {
		EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(), full());
		for (int i = 0; i < EvaluationPlans.NOTES_PAGE + 3; i++) {
			plans.write(plan.id(), i % 2 == 0 ? member.id() : providerAccount,
					i % 3 == 0 ? NoteTag.NO_FUNDING : NoteTag.UNEXPECTED_IMPACT, "canary-note " + i);
		}
		EvaluationPlans.NotePage first = plans.notes(plan.id(), staff.id(), null);
		assertThat(first.notes()).hasSize(EvaluationPlans.NOTES_PAGE);
		EvaluationPlans.NotePage second = plans.notes(plan.id(), staff.id(), first.before());
		assertThat(second.notes()).hasSize(3);
		assertThat(second.before()).isNull();
		assertThat(plans.notes(plan.id(), staff.id(), "not-a-cursor").notes()).hasSize(EvaluationPlans.NOTES_PAGE);
		Map<NoteTag, Long> counts = plans.noteCounts(plan.id(), member.id());
		assertThat(counts).containsEntry(NoteTag.NO_FUNDING, 8L).containsEntry(NoteTag.UNEXPECTED_IMPACT, 15L);
		assertThatThrownBy(() -> plans.notes(plan.id(), otherMember.id(), null)).isInstanceOf(NotFoundException.class);
		for (byte[] body : jdbc.sql("select body from evaluation_note where plan_id = :p").param("p", plan.id())
			.query(byte[].class).list()) {
			assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("canary");
		}
	}

	@Test
	void hubOutcomesAreAddedByAdministratorsAndRetiredOnceInUse() {
		Person admin = fixtures.create(true, Role.ADMIN);
		assertThatThrownBy(() -> hubOutcomes.add(staff.id(), 2, OutcomeKind.BEHAVIOUR, Map.of("en", "x")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> hubOutcomes.add(admin.id(), 2, OutcomeKind.BEHAVIOUR, Map.of("es", "solo")))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.wording.required");
		HubOutcome hub = hubOutcomes.add(admin.id(), 2, OutcomeKind.BEHAVIOUR,
				Map.of("en", "Staff lock their phones", "es", "El equipo bloquea sus teléfonos"));
		assertThat(hub.wording(java.util.Locale.forLanguageTag("es"))).isEqualTo("El equipo bloquea sus teléfonos");
		assertThat(hub.wording(java.util.Locale.forLanguageTag("fr"))).isEqualTo("Staff lock their phones");
		EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(), full());
		PlanOutcome held = plans.addFromHub(plan.id(), member.id(), hub.id(), null);
		assertThat(held.objective()).isEqualTo(2);
		assertThatThrownBy(() -> hubOutcomes.remove(admin.id(), hub.id()))
			.isInstanceOf(InvalidInput.class).hasMessageContaining("evaluation.outcome.hub.inUse");
		hubOutcomes.retire(admin.id(), hub.id(), true);
		assertThat(hubOutcomes.current()).noneMatch(o -> o.id().equals(hub.id()));
		assertThatThrownBy(() -> plans.addFromHub(plan.id(), staff.id(), hub.id(), null))
			.isInstanceOf(InvalidInput.class);
		// the plan keeps it; an unused one can go
		assertThat(plans.state(plan.id(), member.id()).outcomes()).extracting(PlanOutcome::id).contains(held.id());
		HubOutcome unused = hubOutcomes.add(admin.id(), 5, OutcomeKind.ATTITUDE, Map.of("en", "unused"));
		hubOutcomes.remove(admin.id(), unused.id());
		assertThat(hubOutcomes.get(unused.id())).isEmpty();
	}

	@Test
	void theOrganizationsPurgeTakesEveryPlanRowOfItAndNoOtherOrganizations() {
		EvaluationPlan plan = plans.makeForEngagement(engagement, member.id(), full());
		PlanOutcome a = plans.addCustom(plan.id(), member.id(), 4, OutcomeKind.CONDITION, "canary-own",
				PlanOutcome.Smart.NONE);
		plans.record(plan.id(), member.id(), 1, List.of(new Entry(a.id(), 2, "canary-why")));
		plans.record(plan.id(), member.id(), 1, List.of(new Entry(a.id(), 3, "canary-why again")));
		plans.write(plan.id(), member.id(), NoteTag.TURNOVER, "canary-two left");
		plans.makeForCohort(cohort, organization, coordinator.id(), light());
		EvaluationPlan theirs = plans.makeForEngagement(engagements.openByHand(otherOrganization, provider.id(),
				staff.id()).id(), otherMember.id(), full());
		plans.write(theirs.id(), otherMember.id(), NoteTag.NO_FUNDING, "theirs");

		organizations.destroyAsStaff(organization);
		for (String table : List.of("evaluation_plan", "evaluation_outcome", "evaluation_score", "evaluation_note",
				"evaluation_reminder")) {
			assertThat(count(table, organization)).as(table).isZero();
		}
		assertThat(count("evaluation_note", otherOrganization)).isEqualTo(1);
		assertThat(count("evaluation_plan", otherOrganization)).isEqualTo(1);
	}

	private List<EvaluationResults.Result> allResults() {
		List<EvaluationResults.Result> all = new ArrayList<>();
		EvaluationResults.Page page = results.results(null, 1);
		all.addAll(page.results());
		int guard = 0;
		while (page.after() != null && guard++ < 1000) {
			page = results.results(page.after(), 1);
			all.addAll(page.results());
		}
		assertThat(all).extracting(EvaluationResults.Result::planId).doesNotHaveDuplicates();
		return all;
	}

}
