package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.cohort.domain.Cohort;
import org.tandem.platform.InvalidInput;

/** The cohort aggregate's own rules, without Spring: its terms, its status, its capacities and its members. */
class CohortTests {

	static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

	static Cohort.Terms terms(int organizations, int providers) {
		return new Cohort.Terms("Autumn 2027", "Welcome on 1 September", LocalDate.of(2027, 9, 1),
				LocalDate.of(2028, 2, 29), Set.of("en", "es"), organizations, providers);
	}

	static Cohort planned(int organizations, int providers) {
		return Cohort.plan(terms(organizations, providers), Set.of(UUID.randomUUID()), NOW);
	}

	@Test
	void aTermLastsOneToTwelveMonthsAndEndsAfterItStarts() {
		LocalDate start = LocalDate.of(2027, 3, 1);
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, start, Set.of("en"), 1, 1),
				Set.of(UUID.randomUUID()), NOW), "endsOn", "cohort.term.endBeforeStart");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, start.plusDays(20), Set.of("en"), 1, 1),
				Set.of(UUID.randomUUID()), NOW), "endsOn", "cohort.term.length");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, start.plusMonths(12).plusDays(1),
				Set.of("en"), 1, 1), Set.of(UUID.randomUUID()), NOW), "endsOn", "cohort.term.length");
		assertThat(Cohort.plan(new Cohort.Terms("x", null, start, LocalDate.of(2027, 3, 31), Set.of("en"), 1, 1),
				Set.of(UUID.randomUUID()), NOW).endsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(Cohort.plan(new Cohort.Terms("x", null, start, start.plusMonths(12), Set.of("en"), 1, 1),
				Set.of(UUID.randomUUID()), NOW).status()).isEqualTo(CohortStatus.PLANNED);
	}

	@Test
	void namesLanguagesCapacitiesAndCoordinatorsAreBounded() {
		LocalDate start = LocalDate.of(2027, 3, 1);
		LocalDate end = LocalDate.of(2027, 8, 31);
		Set<UUID> one = Set.of(UUID.randomUUID());
		assertRefused(() -> Cohort.plan(new Cohort.Terms(" ", null, start, end, Set.of("en"), 1, 1), one, NOW), "name",
				"cohort.name.required");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x".repeat(121), null, start, end, Set.of("en"), 1, 1), one,
				NOW), "name", "cohort.name.tooLong");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", "d".repeat(4001), start, end, Set.of("en"), 1, 1), one,
				NOW), "description", "cohort.description.tooLong");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, end, Set.of(), 1, 1), one, NOW),
				"languages", "cohort.languages.required");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, end, Set.of("ru"), 1, 1), one, NOW),
				"languages", "cohort.languages.invalid");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, end, Set.of("en"), 0, 1), one, NOW),
				"organizationCapacity", "cohort.capacity.range");
		assertRefused(() -> Cohort.plan(new Cohort.Terms("x", null, start, end, Set.of("en"), 1, 101), one, NOW),
				"providerCapacity", "cohort.capacity.range");
		assertRefused(() -> Cohort.plan(terms(1, 1), Set.of(), NOW), "coordinators", "cohort.coordinator.required");
	}

	@Test
	void theStatusMovesForwardOneStepOrBackFromRecruitingAndRunsOnlyWithMembers() {
		Cohort cohort = planned(2, 2);
		assertRefused(() -> cohort.moveTo(CohortStatus.RUNNING, NOW), "status", "cohort.status.notAllowed");
		assertThat(cohort.moveTo(CohortStatus.RECRUITING, NOW)).isEqualTo(CohortStatus.PLANNED);
		assertThat(cohort.moveTo(CohortStatus.PLANNED, NOW)).isEqualTo(CohortStatus.RECRUITING);
		cohort.moveTo(CohortStatus.RECRUITING, NOW);
		assertRefused(() -> cohort.moveTo(CohortStatus.RUNNING, NOW), "status", "cohort.status.needsMembers");
		cohort.addOrganization(UUID.randomUUID(), NOW);
		assertRefused(() -> cohort.moveTo(CohortStatus.RUNNING, NOW), "status", "cohort.status.needsMembers");
		cohort.addProvider(UUID.randomUUID(), NOW);
		cohort.moveTo(CohortStatus.RUNNING, NOW);
		assertRefused(() -> cohort.moveTo(CohortStatus.PLANNED, NOW), "status", "cohort.status.notAllowed");
		assertRefused(() -> cohort.moveTo(CohortStatus.RECRUITING, NOW), "status", "cohort.status.notAllowed");
		cohort.moveTo(CohortStatus.CLOSING, NOW);
		cohort.moveTo(CohortStatus.CLOSED, NOW);
		// a closed cohort changes no more
		assertRefused(() -> cohort.moveTo(CohortStatus.CLOSING, NOW), "status", "cohort.closed");
		assertRefused(() -> cohort.addOrganization(UUID.randomUUID(), NOW), "status", "cohort.closed");
		assertRefused(() -> cohort.change(terms(5, 5), NOW), "status", "cohort.closed");
		assertRefused(() -> cohort.addCoordinator(UUID.randomUUID(), NOW), "status", "cohort.closed");
	}

	@Test
	void capacitiesAreRespectedAndMayNotFallBelowTheMembers() {
		Cohort cohort = planned(1, 1);
		UUID first = UUID.randomUUID();
		cohort.addOrganization(first, NOW);
		assertRefused(() -> cohort.addOrganization(first, NOW), "organization", "cohort.organization.already");
		assertRefused(() -> cohort.addOrganization(UUID.randomUUID(), NOW), "organization",
				"cohort.organization.full");
		UUID provider = UUID.randomUUID();
		cohort.addProvider(provider, NOW);
		assertRefused(() -> cohort.addProvider(UUID.randomUUID(), NOW), "provider", "cohort.provider.full");
		cohort.change(terms(2, 1), NOW);
		cohort.addOrganization(UUID.randomUUID(), NOW);
		assertRefused(() -> cohort.change(terms(1, 1), NOW), "organizationCapacity", "cohort.capacity.belowMembers");
		// one who left frees their place
		cohort.organizationLeaves(first, NOW.plusSeconds(1));
		cohort.change(terms(1, 1), NOW);
		assertThat(cohort.presentOrganizations()).hasSize(1);
	}

	@Test
	void anOrganizationLeavesOnRecordMayComeBackAndKeepsItsChoice() {
		Cohort cohort = planned(3, 3);
		UUID organization = UUID.randomUUID();
		cohort.addOrganization(organization, NOW);
		assertThat(cohort.presentOrganization(organization).orElseThrow().shownAs()).isEqualTo(ShownAs.KIND);
		cohort.show(organization, ShownAs.NAME, NOW);
		cohort.organizationLeaves(organization, NOW.plusSeconds(60));
		assertThat(cohort.presentOrganization(organization)).isEmpty();
		assertThat(cohort.organizationRecord()).hasSize(1).allMatch(m -> m.leftAt() != null);
		assertRefused(() -> cohort.show(organization, ShownAs.KIND, NOW), "shownAs", "cohort.member.unknown");
		cohort.addOrganization(organization, NOW.plusSeconds(120));
		assertThat(cohort.organizationRecord()).hasSize(2);
		assertThat(cohort.presentOrganization(organization).orElseThrow().shownAs()).isEqualTo(ShownAs.NAME);
	}

	@Test
	void membersAreTakenBackOnlyBeforeTheTermRunsAndTheLastCoordinatorStays() {
		Cohort cohort = planned(3, 3);
		UUID organization = UUID.randomUUID();
		UUID provider = UUID.randomUUID();
		cohort.addOrganization(organization, NOW);
		cohort.removeOrganization(organization, NOW);
		assertThat(cohort.organizationRecord()).isEmpty();
		cohort.addOrganization(organization, NOW);
		cohort.addProvider(provider, NOW);
		cohort.moveTo(CohortStatus.RECRUITING, NOW);
		cohort.moveTo(CohortStatus.RUNNING, NOW);
		assertRefused(() -> cohort.removeProvider(provider, NOW), "member", "cohort.member.removeTooLate");
		cohort.providerLeaves(provider, NOW);
		assertThat(cohort.providerRecord()).hasSize(1);
		UUID coordinator = cohort.coordinators().getFirst().accountId();
		assertRefused(() -> cohort.removeCoordinator(coordinator, NOW), "coordinator", "cohort.coordinator.last");
		UUID second = UUID.randomUUID();
		cohort.addCoordinator(second, NOW);
		assertRefused(() -> cohort.addCoordinator(second, NOW), "coordinator", "cohort.coordinator.already");
		cohort.removeCoordinator(coordinator, NOW);
		assertThat(cohort.isCoordinator(coordinator)).isFalse();
		assertThat(cohort.isCoordinator(second)).isTrue();
	}

	@Test
	void statusesKnowTheirNextStep() {
		assertThat(CohortStatus.PLANNED.next()).contains(CohortStatus.RECRUITING);
		assertThat(CohortStatus.CLOSED.next()).isEmpty();
		for (CohortStatus from : CohortStatus.values()) {
			for (CohortStatus to : CohortStatus.values()) {
				boolean expected = to.ordinal() == from.ordinal() + 1
						|| (from == CohortStatus.RECRUITING && to == CohortStatus.PLANNED);
				assertThat(from.canMoveTo(to)).as(from + " to " + to).isEqualTo(expected);
			}
		}
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
			String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}

}
