package org.tandem.intake.persistence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.MailOutbox;
import org.tandem.privacy.PurgeParticipant;

/**
 * The intake part of a purge: messages and notes, the status history, the request, mail about it not yet sent. The status link stays, marked
 * purged and holding only digests, so the requester can still open it and find the receipt.
 */
@Component
class IntakePurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	private final RequestLinks links;

	private final MailOutbox mail;

	private final Clock clock;

	IntakePurge(JdbcClient jdbc, RequestLinks links, MailOutbox mail, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "intake";
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		destroyed.put("intake.messages",
				jdbc.sql("delete from help_request_message where request_id = :id").param("id", owner).update());
		destroyed.put("intake.history",
				jdbc.sql("delete from help_request_transition where request_id = :id").param("id", owner).update());
		destroyed.put("intake.requests", jdbc.sql("delete from help_request where id = :id").param("id", owner).update());
		links.markPurged(owner, clock.instant());
		// a notice or a link still waiting to be sent goes too: its address is in the clear in the outbox
		destroyed.put("intake.queued-mail", mail.discard(owner));
		return destroyed;
	}

}
