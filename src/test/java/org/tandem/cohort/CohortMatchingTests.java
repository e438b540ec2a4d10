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
	org.tandem.matching.domain.Batches generalBatches;

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

		// the general batch pages neither list the cohort's batch nor load, change or apply it against the whole pool
		assertThat(generalBatches.recent()).extracting(org.tandem.matching.domain.Batch::id)
			.doesNotContain(proposal.batchId());
		assertThatThrownBy(() -> generalBatches.load(proposal.batchId()))
			.isInstanceOf(org.tandem.platform.NotFoundException.class);
		assertThatThrownBy(() -> generalBatches.apply(proposal.batchId(), proposal.version(), staff.id()))
			.isInstanceOf(org.tandem.platform.NotFoundException.class);
		assertThatThrownBy(() -> generalBatches.edit(proposal.batchId(), empty, null, proposal.version(), staff.id()))
			.isInstanceOf(org.tandem.platform.NotFoundException.class);

		assertThat(matching.confirm(cohort.id(), proposal.version(), staff.id())).isEqualTo(2);
		assertThat(pairs.pairs(cohort.id())).hasSize(2).allMatch(p -> p.stage() == PairStage.OFFERED)
			.extracting(CohortPairs.Pair::providerId).containsExactlyInAnyOrder(first.id(), second.id());
		assertThat(jdbc.sql("select count(*) from handoff_offer where provider_id = :p").param("p", outside.id())
			.query(Long.class).single()).isZero();
		// matched organizations are not ready any more; the one left without a provider still is
		assertThat(matching.overview(cohort.id(), Locale.ENGLISH).ready()).isEqualTo(1);

		// a provider declines: nobody else was chosen, so the pair is declined and the organization is ready again
		CohortPairs.Pair declining = pairs.pairs(cohort.id()).stream().filter(p -> p.providerId().equals(first.id()))
			.findFirst().orElseThrow();
		UUID offer = jdbc.sql("select id from handoff_offer where provider_id = :p").param("p", first.id())
			.query(UUID.class).single();
		first.web().get("/provider/handoffs/" + offer);
		assertThat(first.web().post("/provider/handoffs/" + offer + "/decline", Map.of("reason", "NO_CAPACITY", "note",
				"")).redirect()).contains("declined");
		assertThat(pairs.pairs(cohort.id())).filteredOn(p -> p.organizationId().equals(declining.organizationId()))
			.extracting(CohortPairs.Pair::stage).containsExactly(PairStage.DECLINED);
		assertThat(matching.overview(cohort.id(), Locale.ENGLISH).members())
			.filteredOn(m -> m.organizationId().equals(declining.organizationId()))
			.allMatch(CohortMatching.Member::ready);
		assertThat(matching.overview(cohort.id(), Locale.ENGLISH).ready()).isEqualTo(2);

		// the cohort's records forgotten: nothing of its pairs is left
		records.forEach(r -> r.forget(cohort.id()));
		assertThat(pairRows(cohort.id())).isZero();
		assertThat(jdbc.sql("select count(*) from cohort_matching where cohort_id = :c").param("c", cohort.id())
			.query(Long.class).single()).isZero();
	}


	@Test
	void aConfirmedPairIsOfferedIntroducedInsideTheCohortAndWorksInAnEngagementOnceContactIsConfirmed() {
		CohortMatchingFixtures make = fixtures();
		Person coordinator = fixtures.create(true, Role.STAFF);
		Person second = fixtures.create(true, Role.STAFF);
		WebSession staff = new ProviderNetwork(this).signedIn(coordinator);
		ProviderNetwork.ActiveProvider provider = make.provider("Pareja " + UUID.randomUUID().toString().substring(0, 6), 2);
		String name = "Cohorte Sur " + UUID.randomUUID().toString().substring(0, 6);
		Cohort cohort = make.recruiting(coordinator, name);
		// the first coordinator is the one who takes part in the engagement
		cohorts.addCoordinator(cohort.id(), second.id());
		cohorts.addProvider(cohort.id(), provider.id());
		CohortMatchingFixtures.Enlisted organization = make.enlisted(cohort, coordinator, staff, visitor(), true);
		String path = "/staff/cohorts/" + cohort.id() + "/matching";

		assertThat(staff.get("/staff/cohorts/" + cohort.id()).html().selectFirst("#matching-link").attr("href"))
			.endsWith(path);
		WebSession.Page before = staff.get(path);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.html().selectFirst("#member-" + organization.organization()).text()).contains("Ready");
		assertThat(staff.post(path, Map.of()).redirect()).contains("?proposed");
		WebSession.Page proposed = staff.get(path);
		assertThat(proposed.html().selectFirst("#provider-name-0").text()).isEqualTo(providerName(provider));
		assertThat(proposed.html().select("#reasons-0 li")).isNotEmpty();
		String version = proposed.html().selectFirst("#confirm-form input[name=version]").val();
		// malformed or unknown input: said, nothing written, never a 500
		assertThat(staff.post(path + "/rows/0", Map.of("provider", "not-an-id", "version", version)).status())
			.isEqualTo(400);
		assertThat(staff.post(path + "/rows/0", Map.of("provider", UUID.randomUUID().toString(), "version", version))
			.status()).isEqualTo(400);
		assertThat(staff.post(path + "/rows/7", Map.of("provider", "", "version", version)).status()).isEqualTo(404);
		assertThat(staff.post(path + "/rows/x", Map.of("provider", "", "version", version)).status()).isEqualTo(400);
		assertThat(staff.post(path + "/confirm", Map.of("version", "abc")).status()).isEqualTo(400);
		assertThat(staff.post(path + "/confirm", Map.of("version", "99")).status()).isEqualTo(409);
		assertThat(staff.get("/staff/cohorts/" + UUID.randomUUID() + "/matching").status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from handoff_offer where request_id = :r").param("r",
				organization.request()).query(Long.class).single()).isZero();

		assertThat(staff.post(path + "/confirm", Map.of("version", version)).redirect()).contains("offered=1");
		assertThat(stageOf(cohort, organization)).isEqualTo(PairStage.OFFERED);
		UUID offer = jdbc.sql("select id from handoff_offer where request_id = :r and provider_id = :p")
			.param("r", organization.request()).param("p", provider.id()).query(UUID.class).single();

		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/accept", Map.of()).redirect())
			.contains("accepted");
		assertThat(stageOf(cohort, organization)).isEqualTo(PairStage.ACCEPTED);

		WebSession requester = organization.requester();
		requester.get(organization.statusPath() + "/introduction");
		WebSession.Page introduced = requester.post(organization.statusPath() + "/introduction",
				Map.of("reveal", "EMAIL", "channel", "EMAIL"));
		assertThat(introduced.redirect()).as(introduced.text()).contains("introduced");
		assertThat(stageOf(cohort, organization)).isEqualTo(PairStage.INTRODUCED);
		// the introduction says it happens inside the cohort, by the cohort's name
		WebSession.Page theirs = provider.web().get("/provider/handoffs/" + offer);
		assertThat(theirs.html().selectFirst("#shared-COHORT").text()).isEqualTo(name);
		assertThat(theirs.html().selectFirst("#introduction").text()).contains("Introduced inside the cohort");

		requester.get(organization.statusPath() + "/introduction");
		assertThat(requester.post(organization.statusPath() + "/contact", Map.of("reached", "1")).redirect())
			.contains("answered");
		provider.web().get("/provider/handoffs/" + offer);
		assertThat(provider.web().post("/provider/handoffs/" + offer + "/contact", Map.of("reached", "1")).redirect())
			.contains("answered");

		// the engagement opens for the pair at once: the enrolled organization, the provider, the first coordinator
		UUID engagement = awaitEngagement(organization.request());
		assertThat(jdbc.sql("select organization_id from engagement where id = :e").param("e", engagement)
			.query(UUID.class).single()).isEqualTo(organization.organization());
		assertThat(jdbc.sql("select provider_id from engagement where id = :e").param("e", engagement)
			.query(UUID.class).single()).isEqualTo(provider.id());
		assertThat(jdbc.sql("select account_id from engagement_participant where engagement_id = :e and side = 'STAFF'")
			.param("e", engagement).query(UUID.class).list()).containsExactly(coordinator.id());
		assertThat(jdbc.sql("select count(*) from engagement_opening where request_id = :r and engagement_id is null")
			.param("r", organization.request()).query(Long.class).single()).isZero();
		CohortPairs.Pair pair = pairs.pairs(cohort.id()).get(0);
		assertThat(pair).isEqualTo(new CohortPairs.Pair(organization.organization(), provider.id(),
				PairStage.ENGAGEMENT_OPEN, engagement));
		assertThat(staff.get(path).html().selectFirst("#stage-" + organization.organization()).text())
			.isEqualTo("Engagement open");

		// the organization's purge deletes its pair
		PurgeParticipant pairPurge = participants.stream().filter(p -> p.name().equals("cohort.pairs")).findFirst()
			.orElseThrow();
		assertThat(pairPurge.purge(organization.organization())).containsEntry("cohort.pairs", 1);
		assertThat(pairPurge.purge(organization.organization())).isEmpty();
		assertThat(pairRows(cohort.id())).isZero();
	}

	private String providerName(ProviderNetwork.ActiveProvider provider) {
		return jdbc.sql("select display_name from provider where id = :p").param("p", provider.id())
			.query(String.class).single();
	}

	private PairStage stageOf(Cohort cohort, CohortMatchingFixtures.Enlisted organization) {
		return pairs.pairs(cohort.id()).stream().filter(p -> p.organizationId().equals(organization.organization()))
			.findFirst().orElseThrow().stage();
	}

	/** The engagement opened for the request: the listener runs once the confirmation is committed. */
	private UUID awaitEngagement(UUID request) {
		for (int i = 0; i < 100; i++) {
			List<UUID> found = jdbc.sql("select id from engagement where request_id = :r").param("r", request)
				.query(UUID.class).list();
			if (!found.isEmpty()) {
				return found.get(0);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("no engagement opened for " + request);
	}

}
