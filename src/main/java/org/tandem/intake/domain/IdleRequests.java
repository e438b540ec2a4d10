package org.tandem.intake.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.intake.IntakeProperties;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.PurgeService;

/**
 * Applies the inactivity rule to open requests, anonymous or not: warns the requester of each request whose purge is
 * near (one mail, if they asked for notices), then purges those idle past the period whose warning has had its time.
 */
@Component
class IdleRequests {

	private static final Logger log = LoggerFactory.getLogger(IdleRequests.class);

	/** The reason on the receipt. */
	static final org.tandem.privacy.PurgeReason REASON = org.tandem.privacy.PurgeReason.INACTIVE;

	private final LastActivity activity;

	private final HelpRequestRepository requests;

	private final PurgeService purges;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final TandemProperties tandem;

	private final IntakeProperties intake;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Holders holders;

	IdleRequests(LastActivity activity, HelpRequestRepository requests, PurgeService purges, MailOutbox mail,
			MessageSource messages, TandemProperties tandem, IntakeProperties intake, TransactionTemplate transactions,
			Clock clock, Holders holders) {
		this.holders = holders;
		this.activity = activity;
		this.requests = requests;
		this.purges = purges;
		this.mail = mail;
		this.messages = messages;
		this.tandem = tandem;
		this.intake = intake;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Warns, then purges; {@code cutoff} is now minus the period in force. Returns how many were purged. */
	int apply(boolean anonymous, Instant cutoff) {
		Instant now = clock.instant();
		Duration period = Duration.between(cutoff, now);
		Duration warning = Inactivity.Periods.warningWithin(period, intake.inactivityWarning());
		List<LastActivity.Idle> unwarned = activity.unwarned(anonymous, cutoff.plus(warning));
		Set<UUID> settled = holders.settled(unwarned.stream().map(LastActivity.Idle::id).toList());
		for (LastActivity.Idle idle : unwarned) {
			if (settled.contains(idle.id())) {
				continue;
			}
			Instant end = idle.lastActivity().plus(period);
			// a warning sent late (the job did not run, or the period was shortened) still gives its full time
			Instant purgeAt = end.isBefore(now.plus(warning)) ? now.plus(warning) : end;
			try {
				transactions.executeWithoutResult(status -> warn(idle, purgeAt));
			}
			catch (RuntimeException failure) {
				log.warn("Inactivity warning for request {} left for the next run ({})", idle.id(),
						failure.getClass().getSimpleName());
			}
		}
		int purged = 0;
		List<UUID> due = activity.due(anonymous, cutoff, now);
		Set<UUID> settledDue = holders.settled(due);
		for (UUID id : due) {
			// someone may have acted since the list was read
			if (!settledDue.contains(id) && activity.stillDue(id, cutoff, now)) {
				purges.purge(id, REASON);
				purged++;
			}
		}
		return purged;
	}

	/** Records the warning and mails the requester if they asked for notices; nothing when warned already. */
	private void warn(LastActivity.Idle idle, Instant purgeAt) {
		if (!activity.warned(idle.id(), idle.lastActivity(), purgeAt)) {
			return;
		}
		HelpRequest request = requests.findById(idle.id()).orElse(null);
		String email = request == null ? null : request.contactEmail();
		if (request != null && request.emailNotices() && email != null) {
			Locale locale = Locale.forLanguageTag(request.language());
			mail.enqueue(email, text("intake.mail.inactive.subject", locale, tandem.hubName()),
					text("intake.mail.inactive.body", locale, tandem.hubName(), request.reference(), Inactivity.day(purgeAt)),
					request.id());
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
