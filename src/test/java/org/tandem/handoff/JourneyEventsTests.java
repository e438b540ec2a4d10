package org.tandem.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.tandem.intake.RequestReturned;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Requests;
import org.tandem.intake.domain.Casework;
import org.tandem.matching.ProvidersChosen;
import org.tandem.support.ProviderNetwork.ActiveProvider;
import org.tandem.support.WebSession;

/**
 * The journey's events between modules, as Spring Modulith scenarios, on H2 and PostgreSQL: matching's choice starts
 * the handoff's offers once it is committed, intake's taking a request back makes the handoff take back what it
 * holds, each publication is recorded and completed in the registry, and an event delivered twice (as the registry
 * does after a crash) changes nothing more.
 */
@EnableScenarios
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class JourneyEventsTests extends HandoffTestSupport {

	@Autowired
	Requests requests;

	@Autowired
	Casework casework;

	@Test
	void aChoiceStartsTheOffersOnceAndTakingTheRequestBackWithdrawsThem(Scenario scenario) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		ActiveProvider first = provider("Events First " + tag);
		ActiveProvider second = provider("Events Second " + tag);
		WebSession staff = staff();
		Requester requester = requester(staff, false, Map.of());
		UUID actor = UUID.randomUUID();
		requests.handOver(requester.id(), actor);
		ProvidersChosen chosen = new ProvidersChosen(requester.id(), List.of(first.id(), second.id()), actor,
				Instant.now());

		scenario.publish(chosen)
			.andWaitForStateChange(() -> count("handoff_offer", requester.id()), n -> n == 2)
			.andVerify(n -> {
				assertThat(stage(requester.id())).isEqualTo("OFFERING");
				assertThat(offerStatus(offer(requester.id(), first.id()))).isEqualTo("OPEN");
				assertThat(offerStatus(offer(requester.id(), second.id()))).isEqualTo("QUEUED");
			});
		assertThat(incompletePublications()).isZero();
		// intake knows where it stands only through its holder
		assertThat(requests.progress(requester.id())).hasValueSatisfying(progress -> {
			assertThat(progress.labelKey()).isEqualTo("handoff.stage.offering");
			assertThat(progress.rechoosable()).isTrue();
		});
		assertThat(requests.heldSlots()).containsEntry(requester.id(), first.id());

		// delivered again (the registry republishes what did not complete): the handoff has seen it
		scenario.publish(chosen)
			.andWaitForStateChange(() -> count("handoff_offer", requester.id()))
			.andVerify(n -> assertThat(n).isEqualTo(2));

		// staff take the request back on its page: the handoff takes back its offers after the move commits
		scenario.stimulate(() -> casework.move(requester.id(), RequestStatus.ASSESSING, actor))
			.andWaitForEventOfType(RequestReturned.class)
			.matchingMappedValue(RequestReturned::requestId, requester.id())
			.toArriveAndVerify(returned -> {
				assertThat(returned.actor()).isEqualTo(actor);
				assertThat(stage(requester.id())).isEqualTo("WITHDRAWN");
				assertThat(jdbc.sql("select count(*) from handoff_offer where request_id = :r and status in ('OPEN', 'QUEUED')")
					.param("r", requester.id()).query(Long.class).single()).isZero();
			});
		assertThat(requests.heldSlots()).doesNotContainKey(requester.id());
		// and again: nothing more to take back
		scenario.publish(new RequestReturned(requester.id(), actor))
			.andWaitForStateChange(() -> stage(requester.id()))
			.andVerify(stage -> assertThat(stage).isEqualTo("WITHDRAWN"));
		assertThat(incompletePublications()).isZero();
	}

	@Test
	void aChoiceForARequestPurgedMeanwhileDoesNothing(Scenario scenario) {
		UUID gone = UUID.randomUUID();
		scenario.publish(new ProvidersChosen(gone, List.of(UUID.randomUUID()), UUID.randomUUID(), Instant.now()))
			.andWaitForStateChange(() -> count("handoff", gone))
			.andVerify(n -> assertThat(n).isZero());
		assertThat(incompletePublications()).isZero();
	}

	/**
	 * Publications of the journey's events the registry still holds: completed ones are deleted
	 * (spring.modulith.events.completion-mode). Only these events: other tests sharing the application context may
	 * have publications of their own in flight.
	 */
	private long incompletePublications() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type in (:types)")
			.param("types", List.of(ProvidersChosen.class.getName(), RequestReturned.class.getName()))
			.query(Long.class)
			.single();
	}

}
