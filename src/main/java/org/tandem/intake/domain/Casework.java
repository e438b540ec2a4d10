package org.tandem.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.intake.RequestReturned;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.PurgeReason;
import org.tandem.privacy.PurgeReceipt;
import org.tandem.privacy.PurgeService;

/**
 * The hub's work on a request until it is handed over: assign it, assess the needs, move it on, decline it with a
 * referral, and purge an anonymous request once its holder confirmed contact. Every step (the purge aside) is
 * activity: it starts the request's inactivity period again ({@link Inactivity}).
 */
@Service
public class Casework {

	private final HelpRequestRepository requests;

	private final StatusChanges changes;

	private final RequestConversation conversation;

	private final LastActivity activity;

	private final PurgeService purges;

	private final Accounts directory;

	private final MessageSource messageSource;

	private final TandemProperties properties;

	private final Clock clock;

	Casework(HelpRequestRepository requests, StatusChanges changes, RequestConversation conversation,
			LastActivity activity, PurgeService purges, Accounts directory, MessageSource messageSource,
			TandemProperties properties, Clock clock) {
		this.requests = requests;
		this.changes = changes;
		this.conversation = conversation;
		this.activity = activity;
		this.purges = purges;
		this.directory = directory;
		this.messageSource = messageSource;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public void assign(UUID id, @Nullable UUID staffId) {
		HelpRequest request = get(id);
		if (staffId != null
				&& directory.activeWithRole(Role.STAFF).stream().noneMatch(p -> p.id().equals(staffId))) {
			throw new InvalidInput("assignee", "intake.assign.notStaff");
		}
		Instant now = clock.instant();
		request.assign(staffId, now);
		requests.save(request);
		activity.touch(id, now);
	}

	/**
	 * Moves a request to another status. Moving a handed-over request back to assessment tells its holder, which
	 * takes back whatever it still holds ({@link RequestReturned}).
	 */
	@Transactional
	public void move(UUID id, RequestStatus to, @Nullable UUID actor) {
		if (to == RequestStatus.DECLINED) {
			throw new InvalidInput("template", "intake.decline.templateRequired");
		}
		HelpRequest request = get(id);
		changes.change(request, to, actor, clock.instant());
		requests.save(request);
	}

	/**
	 * Purges an anonymous handed-over request once its holder confirmed contact, as its requester was promised;
	 * outside any transaction. A request that is not anonymous, not handed over or already gone is left alone.
	 */
	public Optional<PurgeReceipt> purgeHandedOver(UUID id) {
		HelpRequest request = requests.findById(id).orElse(null);
		if (request == null || !request.anonymous() || request.status() != RequestStatus.HANDED_OVER) {
			return Optional.empty();
		}
		return Optional.of(purges.purge(id, PurgeReason.CONTACT_CONFIRMED));
	}

	/**
	 * Declines a request as outside the hub's mandate: the chosen referral, in the requester's language and with
	 * anything staff add, becomes a message on the status page, then the request is declined.
	 */
	@Transactional
	public void decline(UUID id, ReferralTemplate template, @Nullable String addition, UUID actor) {
		HelpRequest request = get(id);
		Instant now = clock.instant();
		changes.change(request, RequestStatus.DECLINED, actor, now);
		if (addition != null && addition.length() > RequestConversation.MAX_MESSAGE) {
			throw new InvalidInput("addition", "validation.tooLong");
		}
		String referral = referral(template, Locale.forLanguageTag(request.language()));
		String body = addition == null || addition.isBlank() ? referral : referral + "\n\n" + addition.strip();
		conversation.sendToRequester(request, body, actor, now);
		requests.save(request);
	}

	public String referral(ReferralTemplate template, Locale locale) {
		return messageSource.getMessage(template.messageKey() + ".text", new Object[] { properties.hubName() },
				locale);
	}

	@Transactional
	public void assess(UUID id, HelpRequest.Assessment assessment, UUID actor) {
		HelpRequest request = get(id);
		if (assessment.context() != null && assessment.context().length() > RequestConversation.MAX_MESSAGE) {
			throw new InvalidInput("context", "validation.tooLong");
		}
		Instant now = clock.instant();
		request.assess(assessment, actor, now);
		requests.save(request);
		activity.touch(id, now);
	}

	private HelpRequest get(UUID id) {
		return requests.findById(id).orElseThrow(NotFoundException::new);
	}

}
