package org.tandem.intake.persistence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The intake part of a purge: messages and notes, the status history, the request. The status link stays, marked
 * purged and holding only digests, so the requester can still open it and find the receipt.
 */
@Component
class IntakePurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	private final RequestLinks links;

	private final Clock clock;

	private final QueueTally tally;

	IntakePurge(JdbcClient jdbc, RequestLinks links, Clock clock, QueueTally tally) {
		this.jdbc = jdbc;
		this.tally = tally;
		this.links = links;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "intake";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("intake.messages", "intake.history", "intake.requests");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("intake.messages",
				jdbc.sql("delete from help_request_message where request_id = :id").param("id", owner).update());
		destroyed.put("intake.history",
				jdbc.sql("delete from help_request_transition where request_id = :id").param("id", owner).update());
		tally.remove(owner);
		destroyed.put("intake.requests", jdbc.sql("delete from help_request where id = :id").param("id", owner).update());
		links.markPurged(owner, clock.instant());
		return destroyed;
	}

}
