package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.intake.Requests;
import org.tandem.platform.NotFoundException;

/**
 * Staff's record that the two sides are in contact, and its safeguard. A record against a side's "not yet" carries a
 * reason (sealed) and, like any record for an anonymous request whose organization has not said yes itself, waits a
 * grace period: the organization's status page says staff recorded contact and lets it say it is not in contact,
 * which cancels the record. Only when the period ends is contact confirmed and an anonymous request purged.
 */
@Service
public class ContactRecords {

	private static final Logger log = LoggerFactory.getLogger(ContactRecords.class);

	/** The longest reason staff may give for recording contact against a side's "not yet". */
	public static final int MAX_REASON = 2000;

	private final Confirmations confirmations;

	private final HandoffRepository repository;

	private final Requests requests;

	private final HandoffMail mail;

	private final HandoffProperties properties;

	private final Clock clock;

	ContactRecords(Confirmations confirmations, HandoffRepository repository, Requests requests, HandoffMail mail,
			HandoffProperties properties, Clock clock) {
		this.confirmations = confirmations;
		this.repository = repository;
		this.requests = requests;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Staff checked with both sides and record that contact was made. When no side said "not yet" and the request
	 * is not anonymous (or its organization said yes itself), contact is confirmed at once as before; otherwise the
	 * record waits the grace period and the organization is told its status page has news. A reason given when no
	 * side said "not yet" is not kept.
	 *
	 * @param reason why, required when a side answered "not yet"
	 */
	public Confirmations.Confirmation record(UUID requestId, UUID actor, @Nullable String reason) {
		String words = reason == null ? "" : reason.strip();
		return confirmations.finish(requestId, actor, handoff -> {
			Instant now = clock.instant();
			if (!handoff.recordWaits()) {
				handoff.confirmedByStaff(actor, now);
				return true;
			}
			handoff.contactRecorded(actor, handoff.contactRefused() ? words : null, now,
					now.plus(properties.contactGrace()));
			requests.noticeToRequester(requestId);
			return false;
		});
	}

	/** The organization says it is not in contact: staff's record is cancelled, staff are told, nothing is purged. */
	@Transactional
	public void notInContact(UUID requestId) {
		Handoff handoff = repository.findById(requestId).orElseThrow(NotFoundException::new);
		handoff.notInContact(clock.instant());
		repository.save(handoff);
		mail.staff(requestId, requests.find(requestId).orElseThrow(NotFoundException::new).reference(),
				"handoff.alert.recordCancelled");
	}

	/**
	 * Confirms contact for every record whose grace period is over, item by item (each in its own transaction, then
	 * the purge of an anonymous request, which leaves its receipt on the status link); an item that fails is left for
	 * the next run.
	 */
	public int finishDue() {
		int finished = 0;
		for (Handoff due : repository.graceOverBy(clock.instant())) {
			try {
				Confirmations.Confirmation result = confirmations.finish(due.requestId(), due.confirmedBy(),
						handoff -> handoff.graceOver(clock.instant()));
				if (result == Confirmations.Confirmation.CONFIRMED || result == Confirmations.Confirmation.PURGED) {
					finished++;
				}
			}
			catch (RuntimeException failure) {
				log.warn("Handoff job (grace period): {} left for the next run ({})", due.requestId(),
						failure.getClass().getSimpleName());
			}
		}
		return finished;
	}

}
