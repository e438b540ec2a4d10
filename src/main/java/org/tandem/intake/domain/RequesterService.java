package org.tandem.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.RequestSubmitted;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.intake.persistence.RequestCounting;
import org.tandem.intake.persistence.RequestLinks;
import org.tandem.intake.persistence.RequestMessageRepository;
import org.tandem.intake.persistence.Transitions;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.FormNonces;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.PurgeReason;
import org.tandem.privacy.PurgeReceipt;
import org.tandem.privacy.PurgeService;

/**
 * A requester and the one request they sent: submit it and get its status link, open the link with its code, read
 * the status page, withdraw, and say whether survey answers may be counted. A requester reaches one request only,
 * through its link and code; what they write is the conversation's ({@link RequestConversation}).
 */
@Service
public class RequesterService {

	/** The request form's name among the forms' nonces. */
	private static final String FORM = "intake.request";

	/** The kinds of message the requester sees, by name. */
	private static final List<String> CONVERSATION = List.of(RequestMessage.Kind.FROM_REQUESTER.name(),
			RequestMessage.Kind.FROM_STAFF.name());

	private final HelpRequestRepository requests;

	private final RequestMessageRepository messages;

	private final RequestLinks links;

	private final Transitions transitions;

	private final org.tandem.intake.persistence.RequestLanguages languages;

	private final LastActivity activity;

	private final PurgeService purges;

	private final MailOutbox mail;

	private final MessageSource messageSource;

	private final TandemProperties properties;

	private final AbsoluteLinks absoluteLinks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final FormNonces nonces;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<org.tandem.intake.CohortEnlistment> cohorts;

	private final RequestCounting counting;

	RequesterService(HelpRequestRepository requests, RequestMessageRepository messages, RequestLinks links,
			Transitions transitions, LastActivity activity, PurgeService purges, MailOutbox mail,
			MessageSource messageSource, TandemProperties properties, AbsoluteLinks absoluteLinks,
			ApplicationEventPublisher events, TransactionTemplate transactions, FormNonces nonces, Clock clock,
			org.springframework.beans.factory.ObjectProvider<org.tandem.intake.CohortEnlistment> cohorts,
			RequestCounting counting, org.tandem.intake.persistence.RequestLanguages languages) {
		this.languages = languages;
		this.cohorts = cohorts;
		this.counting = counting;
		this.requests = requests;
		this.messages = messages;
		this.links = links;
		this.transitions = transitions;
		this.activity = activity;
		this.purges = purges;
		this.mail = mail;
		this.messageSource = messageSource;
		this.properties = properties;
		this.absoluteLinks = absoluteLinks;
		this.events = events;
		this.transactions = transactions;
		this.nonces = nonces;
		this.clock = clock;
	}

	/** Whether the request form that carried this nonce was sent already. */
	public boolean alreadySent(String nonce) {
		return nonces.seen(FORM, nonce);
	}

	/**
	 * Stores the request unless the form page that carried this nonce was sent already: empty then. The nonce is
	 * recorded in the request's transaction, so it is kept exactly when the request is ({@link FormNonces}).
	 */
	@Transactional
	public Optional<Submitted> submitOnce(String nonce, RequestSubmission submission) {
		return submitOnce(nonce, submission, Optional.empty());
	}

	/**
	 * As {@link #submitOnce(String, RequestSubmission)}; a request for the six-month programme is enlisted, in the
	 * same transaction, in the cohort asked for (empty: whichever fits). A cohort that stopped taking organizations
	 * meanwhile refuses it ({@link org.tandem.platform.InvalidInput} on {@code cohort}), and nothing is stored.
	 */
	@Transactional
	public Optional<Submitted> submitOnce(String nonce, RequestSubmission submission, Optional<UUID> cohort) {
		if (!nonces.firstTime(FORM, nonce)) {
			return Optional.empty();
		}
		Submitted submitted = submit(submission);
		if (submission.approach() == org.tandem.intake.Approach.COHORT && !submission.anonymous()) {
			cohorts.ifAvailable(enlistment -> enlistment.enlist(submitted.id(), cohort.orElse(null)));
		}
		return Optional.of(submitted);
	}

	/** The cohorts the request form offers (none without the cohort module). */
	public List<org.tandem.intake.CohortEnlistment.CohortOption> openCohorts() {
		org.tandem.intake.CohortEnlistment enlistment = cohorts.getIfAvailable();
		return enlistment == null ? List.of() : enlistment.open();
	}

	/** Where the request asked to go, if it asked for a cohort (staff's page). */
	public Optional<org.tandem.intake.CohortEnlistment.Enlisted> enlisted(UUID requestId) {
		org.tandem.intake.CohortEnlistment enlistment = cohorts.getIfAvailable();
		return enlistment == null ? Optional.empty() : enlistment.enlisted(requestId);
	}

	/**
	 * Stores a request and its status link in one transaction; returns only once it is committed. The token and the
	 * code are returned to be shown once and are not kept.
	 */
	@Transactional
	public Submitted submit(RequestSubmission submission) {
		Instant now = clock.instant();
		String reference = StatusLinks.newReference();
		while (requests.countByReference(reference) > 0) {
			reference = StatusLinks.newReference();
		}
		HelpRequest request = requests.save(HelpRequest.submit(submission, reference, now));
		transitions.record(request.id(), null, RequestStatus.NEW, null, now);
		languages.record(request.id(), request.workLanguages());
		counting.submitted(now, submission.approach(), submission.anonymous(), submission.referral());
		String token = StatusLinks.newToken();
		String code = StatusLinks.newCode();
		links.insert(StatusLinks.linkDigest(token), request.id(), StatusLinks.codeDigest(token, code), now);
		if (submission.emailLink() && submission.email() != null) {
			Locale locale = Locale.forLanguageTag(submission.language());
			mail.enqueue(submission.email(), text("intake.mail.link.subject", locale, properties.hubName()),
					text("intake.mail.link.body", locale, properties.hubName(),
							absoluteLinks.forMail(StatusLinks.path(token)), code),
					request.id());
		}
		events.publishEvent(new RequestSubmitted(request.id()));
		return new Submitted(request.id(), reference, token, code);
	}

	/**
	 * Opens a status link with its code. A link that does not exist and a wrong code give the same answer, after
	 * the same work.
	 */
	@Transactional(readOnly = true)
	public Unlock unlock(String token, String code) {
		String linkDigest = StatusLinks.linkDigest(token);
		String codeDigest = StatusLinks.codeDigest(token, code);
		Optional<RequestLinks.Link> link = StatusLinks.looksLikeToken(token) ? links.find(linkDigest) : Optional.empty();
		String expected = link.map(RequestLinks.Link::codeDigest).orElse(linkDigest);
		if (link.isEmpty() || !StatusLinks.sameDigest(expected, codeDigest)) {
			return Unlock.NO_MATCH;
		}
		return unlocked(link.get());
	}

	/** Opens a link whose code was given earlier in this browser (the status cookie vouches for it). */
	@Transactional(readOnly = true)
	public Unlock reopen(String token) {
		if (!StatusLinks.looksLikeToken(token)) {
			return Unlock.NO_MATCH;
		}
		return links.find(StatusLinks.linkDigest(token)).map(this::unlocked).orElse(Unlock.NO_MATCH);
	}

	private Unlock unlocked(RequestLinks.Link link) {
		if (link.purgedAt() != null) {
			return new Unlock(null, purges.receiptFor(link.requestId()).map(PurgeReceipt::code).orElse(null), true);
		}
		if (requests.existsById(link.requestId())) {
			return new Unlock(link.requestId(), null, true);
		}
		// purged but the link not yet marked (the purge is still running): show the receipt when there is one
		return new Unlock(null, purges.receiptFor(link.requestId()).map(PurgeReceipt::code).orElse(null), true);
	}

	@Transactional(readOnly = true)
	public RequesterView requesterView(UUID id) {
		HelpRequest request = get(id);
		return new RequesterView(request, messages.findByRequestIdAndKindInOrderBySentAt(id, CONVERSATION),
				transitions.of(id).stream().map(t -> new Step(t.to(), t.at())).toList());
	}

	/** Withdraws the request: everything about it is purged at once and the receipt returned. */
	public PurgeReceipt withdraw(UUID id) {
		transactions.executeWithoutResult(status -> get(id));
		return purges.purge(id, PurgeReason.REQUESTER_WITHDREW);
	}

	/**
	 * The requester says, on a follow-up survey, whether their answers may be counted anonymously. Not a change of
	 * the request's state: its retention period does not start again.
	 */
	@Transactional
	public void countAnswers(UUID id, boolean counted) {
		HelpRequest request = get(id);
		if (request.countsAnswers() != counted) {
			request.countAnswers(counted);
			requests.save(request);
		}
	}

	private HelpRequest get(UUID id) {
		return requests.findById(id).orElseThrow(NotFoundException::new);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messageSource.getMessage(key, arguments, locale);
	}

	/** What a requester needs to keep after sending: shown once, never stored. */
	public record Submitted(UUID id, String reference, String token, String code) {
	}

	/**
	 * The outcome of opening a status link: the request, or the purge receipt of a purged one, or no match (a link
	 * that does not exist or a wrong code, not told apart).
	 */
	public record Unlock(@Nullable UUID requestId, @Nullable String receiptCode, boolean matched) {

		public static final Unlock NO_MATCH = new Unlock(null, null, false);

		public boolean purged() {
			return matched && requestId == null;
		}

	}

	/** One step of the status as the requester sees it: no names. */
	public record Step(RequestStatus status, Instant at) {
	}

	public record RequesterView(HelpRequest request, List<RequestMessage> conversation, List<Step> steps) {
	}

}
