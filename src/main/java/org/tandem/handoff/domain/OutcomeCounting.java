package org.tandem.handoff.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tandem.directory.Providers;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.HandoffRows;
import org.tandem.handoff.persistence.OutcomeTally;
import org.tandem.intake.Requests;

/**
 * Counts what a handoff taught, just before its request is purged: for each side that lets itself be counted, one
 * count in {@code handoff_outcome_tally} with its latest survey's usefulness and recommendation (or none).
 *
 * <p>Why at the purge, and why it counts once: the counters must hold the final answers, and a request may be
 * reopened, surveyed again or have its consent changed up to its purge, so counting earlier (at a survey, at closing)
 * would count twice or too early. The purge destroys the request's keys first, so only clear columns are read here:
 * the handoff's dates, the survey scores, the request's approach, country, assessed services and consent, the
 * provider's setting. It runs inside the handoff's part of the purge, which commits together with the record that the
 * part is done: an interrupted purge counts nothing or everything, and a purge asked twice finds the part done. The
 * request's facts are read from intake, whose part of the purge runs after the handoff's (parts run in name order).
 */
@Component
class OutcomeCounting {

	private final HandoffRepository handoffs;

	private final HandoffRows rows;

	private final OutcomeTally tally;

	/** Looked up when used: intake's side depends on the purge service, which depends on this participant. */
	private final ObjectProvider<Requests> requests;

	private final Providers providers;

	private final Coarse coarse;

	OutcomeCounting(HandoffRepository handoffs, HandoffRows rows, OutcomeTally tally,
			ObjectProvider<Requests> requests, Providers providers, Coarse coarse) {
		this.handoffs = handoffs;
		this.rows = rows;
		this.tally = tally;
		this.requests = requests;
		this.providers = providers;
		this.coarse = coarse;
	}

	/** Counts a request's handoff if contact was confirmed; nothing of a side that did not consent. */
	void countBeforePurge(UUID requestId) {
		Optional<Handoff> handoff = handoffs.findById(requestId).filter(h -> h.confirmedAt() != null);
		if (handoff.isEmpty()) {
			return;
		}
		Optional<Requests.Countable> request = requests.getObject().countable(requestId);
		if (request.isEmpty()) {
			return;
		}
		Optional<UUID> provider = rows.confirmedProvider(requestId);
		List<HandoffRows.Answer> answers = rows.answers(requestId)
			.stream()
			.filter(a -> provider.isEmpty() || a.providerId().equals(provider.get()))
			.toList();
		if (request.get().counted()) {
			tally.count(cell(Side.ORGANIZATION, handoff.get(), request.get(), answers));
		}
		if (provider.isPresent() && providers.counted(provider.get())) {
			tally.count(cell(Side.PROVIDER, handoff.get(), request.get(), answers));
		}
	}

	private OutcomeTally.Cell cell(Side side, Handoff handoff, Requests.Countable request,
			List<HandoffRows.Answer> answers) {
		Instant confirmedAt = java.util.Objects.requireNonNull(handoff.confirmedAt());
		// the latest answer of this side (answers come latest round first)
		Optional<HandoffRows.Answer> latest = answers.stream().filter(a -> a.side().equals(side.name())).findFirst();
		Integer usefulness = latest.map(HandoffRows.Answer::usefulness).orElse(null);
		String recommends = latest.map(HandoffRows.Answer::recommends).orElse(null);
		return new OutcomeTally.Cell(side.name(), request.approach().name(), coarse.serviceGroup(request.services()),
				coarse.regionGroup(request.country()), Coarse.quarterStart(confirmedAt),
				Coarse.daysBucket(handoff.daysToConfirm()), usefulness == null ? OutcomeTally.NO_SCORE : usefulness,
				recommends == null ? OutcomeTally.NO_ANSWER : recommends);
	}

}
