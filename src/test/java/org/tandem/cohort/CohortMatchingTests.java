package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.domain.Cohort;
import org.tandem.cohort.domain.CohortMatching;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.cohort.domain.CohortService;
import org.tandem.cohort.domain.Enlistments;
import org.tandem.matching.PoolBatches;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Role;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * Matching within the cohort on a real database (H2 and PostgreSQL): a batch over the cohort's organizations uses the
 * cohort's providers only, each within its capacity, and says why the others are not ready; confirmed, the handoff's
 * blind offer, the introduction inside the cohort and both sides' confirmation lead to an engagement open for the
 * pair with the cohort's first coordinator; the purges and the cohort's forgetting leave nothing of the pairs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortMatchingTests extends WebTestSupport {

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	CohortService cohorts;

	@Autowired
	Enlistments enlistments;

	@Autowired
	CohortMatching matching;

	@Autowired
	CohortPairs pairs;

	@Autowired
	List<CohortRecords> records;

	@Autowired
	org.tandem.organization.domain.OrganizationService organizationService;

	@Autowired
	List<PurgeParticipant> participants;

	private CohortMatchingFixtures fixtures() {
		return new CohortMatchingFixtures(this, cohorts, enlistments);
	}

	private long pairRows(UUID cohort) {
		return jdbc.sql("select count(*) from cohort_pair where cohort_id = :c").param("c", cohort).query(Long.class)
			.single();
	}

	@Test
	void aBatchWithinTheCohortNeverAssignsAnOutsideProviderAndKeepsEachOnesCapacity() {
		CohortMatchingFixtures make = fixtures();
		Person staff = fixtures.create(true, Role.STAFF);
		WebSession staffWeb = new ProviderNetwork(this).signedIn(staff);
		// the best fit with the most room is outside the cohort: it must never be chosen
		ProviderNetwork.ActiveProvider outside = make.provider("Fuera " + UUID.randomUUID().toString().substring(0, 6), 9);
		ProviderNetwork.ActiveProvider first = make.provider("Dentro Uno " + UUID.randomUUID().toString().substring(0, 6), 1);
		ProviderNetwork.ActiveProvider second = make.provider("Dentro Dos " + UUID.randomUUID().toString().substring(0, 6), 1);
		Cohort cohort = make.recruiting(staff, "Cohorte Norte " + UUID.randomUUID().toString().substring(0, 6));
		cohorts.addProvider(cohort.id(), first.id());
		cohorts.addProvider(cohort.id(), second.id());
		List<CohortMatchingFixtures.Enlisted> ready = List.of(
				make.enlisted(cohort, staff, staffWeb, visitor(), true),
				make.enlisted(cohort, staff, staffWeb, visitor(), true),
				make.enlisted(cohort, staff, staffWeb, visitor(), true));
		CohortMatchingFixtures.Enlisted notAssessed = make.enlisted(cohort, staff, staffWeb, visitor(), false);
		UUID byHand = AgreementFixtures.organization(organizationService, fixtures.create(false, Role.ORG_MEMBER).username());
		cohorts.addOrganization(cohort.id(), byHand);

		CohortMatching.Overview overview = matching.overview(cohort.id(), Locale.ENGLISH);
		assertThat(overview.ready()).isEqualTo(3);
		assertThat(overview.providers()).containsExactlyInAnyOrder(first.id(), second.id());
		Map<UUID, CohortMatching.NotReady> why = new java.util.HashMap<>();
		overview.members().stream().filter(m -> !m.ready()).forEach(m -> why.put(m.organizationId(), m.notReady()));
		assertThat(why).containsEntry(notAssessed.organization(), CohortMatching.NotReady.NOT_ASSESSED)
			.containsEntry(byHand, CohortMatching.NotReady.NO_REQUEST)
			.hasSize(2);

		PoolBatches.Proposal proposal = matching.propose(cohort.id(), staff.id(), Locale.ENGLISH);
		assertThat(proposal.rows()).hasSize(3);
		assertThat(proposal.rows()).extracting(PoolBatches.Row::requestId)
			.containsExactlyInAnyOrderElementsOf(ready.stream().map(CohortMatchingFixtures.Enlisted::request).toList());
		List<UUID> chosen = proposal.rows().stream().map(PoolBatches.Row::providerId).filter(Objects::nonNull).toList();
		// capacity one each: two placed, one each, and never the provider outside the cohort
		assertThat(chosen).containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(proposal.rows()).flatExtracting(PoolBatches.Row::options).extracting(PoolBatches.Option::providerId)
			.doesNotContain(outside.id());
		assertThat(proposal.load()).allMatch(l -> l.assigned() <= l.capacity());
		assertThat(proposal.rows().stream().filter(r -> r.providerId() != null))
			.allMatch(r -> !r.reasons().isEmpty());
		assertThat(pairs.pairs(cohort.id())).hasSize(3).allMatch(p -> p.stage() == PairStage.PROPOSED);

		// staff may not put the outside provider on a row, nor give one provider more than it takes
		int empty = proposal.rows().stream().filter(r -> r.providerId() == null).findFirst().orElseThrow().position();
		assertThatThrownBy(() -> matching.change(cohort.id(), empty, outside.id(), proposal.version(), staff.id(),
				Locale.ENGLISH)).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("matching.batch.excluded");
		assertThatThrownBy(() -> matching.change(cohort.id(), empty, first.id(), proposal.version(), staff.id(),
				Locale.ENGLISH)).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("matching.batch.overCapacity");
		// a stale page changes nothing
		assertThatThrownBy(() -> matching.change(cohort.id(), empty, null, proposal.version() + 7, staff.id(),
				Locale.ENGLISH)).isInstanceOf(InvalidInput.class)
			.extracting(e -> ((InvalidInput) e).messageKey()).isEqualTo("matching.batch.stale");
		assertThatThrownBy(() -> matching.confirm(cohort.id(), proposal.version() + 7, staff.id()))
			.isInstanceOf(InvalidInput.class);

		assertThat(matching.confirm(cohort.id(), proposal.version(), staff.id())).isEqualTo(2);
		assertThat(pairs.pairs(cohort.id())).hasSize(2).allMatch(p -> p.stage() == PairStage.OFFERED)
			.extracting(CohortPairs.Pair::providerId).containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(jdbc.sql("select count(*) from handoff_offer where provider_id = :p").param("p", outside.id())
			.query(Long.class).single()).isZero();
		// matched organizations are not ready any more; the one left without a provider still is
		assertThat(matching.overview(cohort.id(), Locale.ENGLISH).ready()).isEqualTo(1);

		// the cohort's records forgotten: nothing of its pairs is left
		records.forEach(r -> r.forget(cohort.id()));
		assertThat(pairRows(cohort.id())).isZero();
		assertThat(jdbc.sql("select count(*) from cohort_matching where cohort_id = :c").param("c", cohort.id())
			.query(Long.class).single()).isZero();
	}

}
