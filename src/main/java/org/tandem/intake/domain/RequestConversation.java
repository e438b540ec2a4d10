package org.tandem.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.intake.persistence.RequestMessageRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemProperties;

/**
 * The conversation about a request: the requester and staff write to each other on the status page, staff keep
 * notes the requester never sees, and the requester is told by mail (if they asked for such notices) that the page
 * has news, never what it is. Every message is activity: it starts the request's inactivity period again.
 */
@Service
public class RequestConversation {

	/** The longest message or note, in characters. */
	public static final int MAX_MESSAGE = 8000;

	private final HelpRequestRepository requests;

	private final RequestMessageRepository messages;

	private final StatusChanges changes;

	private final LastActivity activity;

	private final MailOutbox mail;

	private final MessageSource messageSource;

	private final TandemProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RequestConversation(HelpRequestRepository requests, RequestMessageRepository messages, StatusChanges changes,
			LastActivity activity, MailOutbox mail, MessageSource messageSource, TandemProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.changes = changes;
		this.activity = activity;
		this.mail = mail;
		this.messageSource = messageSource;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Adds the requester's message. Staff saving the same request at that moment make the first attempt fail on the
	 * version check; the write is tried once more rather than lose what the requester typed.
	 */
	public void requesterWrites(UUID id, String text) {
		String body = checkedMessage(text);
		for (int attempt = 1;; attempt++) {
			try {
				transactions.executeWithoutResult(status -> {
					HelpRequest request = get(id);
					if (request.status().isFinal()) {
						throw new InvalidInput("body", "intake.messages.closed");
					}
					Instant now = clock.instant();
					request.requesterWrote(now);
					requests.save(request);
					activity.touch(id, now);
					messages.save(RequestMessage.write(id, RequestMessage.Kind.FROM_REQUESTER, null, body, now));
				});
				return;
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				if (attempt == 2) {
					throw changedMeanwhile;
				}
			}
		}
	}

	/**
	 * Writes to the requester. A message that asks for information also moves a new or assessing request to
	 * "needs information".
	 */
	@Transactional
	public void staffWrites(UUID id, String text, boolean asksForInformation, UUID actor) {
		HelpRequest request = get(id);
		String body = checkedMessage(text);
		Instant now = clock.instant();
		if (asksForInformation && request.status() != RequestStatus.NEEDS_INFORMATION) {
			changes.change(request, RequestStatus.NEEDS_INFORMATION, actor, now);
		}
		sendToRequester(request, body, actor, now);
		requests.save(request);
	}

	@Transactional
	public void note(UUID id, String text, UUID actor) {
		get(id);
		Instant now = clock.instant();
		messages.save(RequestMessage.write(id, RequestMessage.Kind.NOTE, actor, checkedMessage(text), now));
		activity.touch(id, now);
	}

	/** Staff have read what the requester wrote and nothing needs an answer. */
	@Transactional
	public void markSeen(UUID id) {
		HelpRequest request = get(id);
		request.seenByStaff();
		requests.save(request);
		activity.touch(id, clock.instant());
	}

	/** Mails the requester that their status page has news (never what it is), if they asked for such notices. */
	@Transactional
	public void notice(UUID id) {
		notice(get(id));
	}

	/**
	 * A message from staff on the status page, and a notice of it; in the caller's transaction, which saves the
	 * request.
	 */
	void sendToRequester(HelpRequest request, String body, UUID actor, Instant now) {
		request.answered(now);
		activity.touch(request.id(), now);
		messages.save(RequestMessage.write(request.id(), RequestMessage.Kind.FROM_STAFF, actor, body, now));
		notice(request);
	}

	private void notice(HelpRequest request) {
		String email = request.contactEmail();
		if (request.emailNotices() && email != null) {
			Locale locale = Locale.forLanguageTag(request.language());
			mail.enqueue(email, text("intake.mail.notice.subject", locale, properties.hubName()),
					text("intake.mail.notice.body", locale, properties.hubName(), request.reference()), request.id());
		}
	}

	private HelpRequest get(UUID id) {
		return requests.findById(id).orElseThrow(NotFoundException::new);
	}

	private static String checkedMessage(String text) {
		String body = text.strip();
		if (body.isEmpty()) {
			throw new InvalidInput("body", "validation.required");
		}
		if (body.length() > MAX_MESSAGE) {
			throw new InvalidInput("body", "validation.tooLong");
		}
		return body;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messageSource.getMessage(key, arguments, locale);
	}

}
