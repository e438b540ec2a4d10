package org.tandem.handoff.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.handoff.persistence.HandoffRows;
import org.tandem.privacy.PurgeParticipant;

/**
 * The handoff's part in a request's purge: first the outcome is counted (for the sides that let themselves be
 * counted, {@link OutcomeCounting}), then the offers, the introduction (the organization–provider link), the
 * follow-ups and the handoff itself are deleted, all in the one transaction the purge gives each part. The counters
 * name no request and stay.
 */
@Component
class HandoffPurge implements PurgeParticipant {

	private final OutcomeCounting outcomes;

	private final HandoffRows rows;

	HandoffPurge(OutcomeCounting outcomes, HandoffRows rows) {
		this.outcomes = outcomes;
		this.rows = rows;
	}

	@Override
	public String name() {
		return "handoff";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("handoff.offers", "handoff.introduction", "handoff.follow-ups", "handoff.handoff");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		outcomes.countBeforePurge(owner);
		return rows.delete(owner);
	}

}
