package org.tandem.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.account.Accounts;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.RequestReturned;
import org.tandem.intake.RequestSubmitted;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.intake.persistence.RequestLinks;
import org.tandem.intake.persistence.RequestMessageRepository;
import org.tandem.intake.persistence.Transitions;
import org.tandem.intake.persistence.TriageQueue;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.PurgeReceipt;
import org.tandem.privacy.PurgeService;

/**
 * Requests for help, for requesters (submit, open the status link, write, withdraw) and for staff (the queue, the
 * status, messages, notes, assignment, the needs assessment). A requester reaches one request only, through its
 * link and code; staff reach every request, and nobody else reaches any. Every step either takes (reading aside)
 * is activity: it starts the request's inactivity period again ({@link Inactivity}).
 */
@Service
public class IntakeService {

	/** The longest message or note, in characters. */
	public static final int MAX_MESSAGE = 8000;

	private static final Set<RequestMessage.Kind> CONVERSATION = EnumSet.of(RequestMessage.Kind.FROM_REQUESTER,
			RequestMessage.Kind.FROM_STAFF);

	private final HelpRequestRepository requests;

	private final RequestMessageRepository messages;

	private final RequestLinks links;

	private final Transitions transitions;

	private final TriageQueue queue;

	private final LastActivity activity;

	private final PurgeService purges;

	private final Accounts directory;

	private final MailOutbox mail;

	private final MessageSource messageSource;

	private final TandemProperties properties;

	private final AbsoluteLinks absoluteLinks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IntakeService(HelpRequestRepository requests, RequestMessageRepository messages, RequestLinks links,
			Transitions transitions, TriageQueue queue, LastActivity activity, PurgeService purges,
			Accounts directory, MailOutbox mail, MessageSource messageSource, TandemProperties properties,
			AbsoluteLinks absoluteLinks, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.links = links;
		this.transitions = transitions;
		this.queue = queue;
		this.activity = activity;
		this.purges = purges;
		this.directory = directory;
		this.mail = mail;
		this.messageSource = messageSource;
		this.properties = properties;
		this.absoluteLinks = absoluteLinks;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	// The requester's side

	/**
	 * Stores a request and its status link in one transaction; returns only once it is committed. The token and the
	 * code are returned to be shown once and are not kept.
	 */
	@Transactional
	public Submitted submit(HelpRequest.Submission submission) {
		Instant now = clock.instant();
		String reference = StatusLinks.newReference();
		while (requests.countByReference(reference) > 0) {
			reference = StatusLinks.newReference();
		}
		HelpRequest request = requests.save(HelpRequest.submit(submission, reference, now));
		activity.start(request.id(), now);
		transitions.record(request.id(), null, RequestStatus.NEW, null, now);
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
			catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
				if (attempt == 2) {
					throw changedMeanwhile;
				}
			}
		}
	}

	/** Withdraws the request: everything about it is purged at once and the receipt returned. */
	public PurgeReceipt withdraw(UUID id) {
		transactions.executeWithoutResult(status -> get(id));
		return purges.purge(id, org.tandem.privacy.PurgeReason.REQUESTER_WITHDREW);
	}

	// The hub's side

	@Transactional(readOnly = true)
	public Triage.Page queue(Triage.Filter filter, UUID viewer) {
		return queue.search(filter, viewer, clock.instant());
	}

	/** The staff overview's figures about requests: bounded counts on indexes, nothing opened. */
	@Transactional(readOnly = true)
	public List<OverviewFigure> figures() {
		return queue.figures();
	}

	@Transactional(readOnly = true)
	public Triage.Counts counts() {
		return queue.counts();
	}

	@Transactional(readOnly = true)
	public HelpRequest get(UUID id) {
		return requests.findById(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public StaffView staffView(UUID id) {
		HelpRequest request = get(id);
		List<RequestMessage> all = messages.findByRequestIdOrderBySentAt(id);
		List<Transitions.Transition> history = transitions.of(id);
		Set<UUID> people = new HashSet<>();
		all.forEach(m -> {
			if (m.authorId() != null) {
				people.add(m.authorId());
			}
		});
		history.forEach(t -> {
			if (t.actorId() != null) {
				people.add(t.actorId());
			}
		});
		if (request.assignedTo() != null) {
			people.add(request.assignedTo());
		}
		if (request.assessedBy() != null) {
			people.add(request.assessedBy());
		}
		return new StaffView(request, all, history, people(people));
	}

	/** The accounts with these ids, for showing names. */
	public Map<UUID, Accounts.Person> people(java.util.Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : directory.byIds(ids);
	}

	/** Staff who can be given a request. */
	public List<Accounts.Person> staff() {
		return directory.activeWithRole(Role.STAFF);
	}

	@Transactional
	public void assign(UUID id, @Nullable UUID staffId) {
		HelpRequest request = get(id);
		if (staffId != null && staff().stream().noneMatch(p -> p.id().equals(staffId))) {
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
		change(request, to, actor, clock.instant());
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
		return Optional.of(purges.purge(id, org.tandem.privacy.PurgeReason.CONTACT_CONFIRMED));
	}

	/**
	 * Declines a request as outside the hub's mandate: the chosen referral, in the requester's language and with
	 * anything staff add, becomes a message on the status page, then the request is declined.
	 */
	@Transactional
	public void decline(UUID id, ReferralTemplate template, @Nullable String addition, UUID actor) {
		HelpRequest request = get(id);
		Instant now = clock.instant();
		change(request, RequestStatus.DECLINED, actor, now);
		if (addition != null && addition.length() > MAX_MESSAGE) {
			throw new InvalidInput("addition", "validation.tooLong");
		}
		String referral = referral(template, Locale.forLanguageTag(request.language()));
		String body = addition == null || addition.isBlank() ? referral : referral + "\n\n" + addition.strip();
		sendToRequester(request, body, actor, now);
		requests.save(request);
	}

	public String referral(ReferralTemplate template, Locale locale) {
		return text(template.messageKey() + ".text", locale, properties.hubName());
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
			change(request, RequestStatus.NEEDS_INFORMATION, actor, now);
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

	@Transactional
	public void assess(UUID id, HelpRequest.Assessment assessment, UUID actor) {
		HelpRequest request = get(id);
		if (assessment.context() != null && assessment.context().length() > MAX_MESSAGE) {
			throw new InvalidInput("context", "validation.tooLong");
		}
		Instant now = clock.instant();
		request.assess(assessment, actor, now);
		requests.save(request);
		activity.touch(id, now);
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

	/** Staff have read what the requester wrote and nothing needs an answer. */
	@Transactional
	public void markSeen(UUID id) {
		HelpRequest request = get(id);
		request.seenByStaff();
		requests.save(request);
		activity.touch(id, clock.instant());
	}

	private void change(HelpRequest request, RequestStatus to, @Nullable UUID actor, Instant now) {
		RequestStatus from = request.moveTo(to, now);
		request.seenByStaff();
		transitions.record(request.id(), from, to, actor, now);
		activity.touch(request.id(), now);
		if (from == RequestStatus.HANDED_OVER && to == RequestStatus.ASSESSING) {
			events.publishEvent(new RequestReturned(request.id(), actor));
		}
	}

	private void sendToRequester(HelpRequest request, String body, UUID actor, Instant now) {
		request.answered(now);
		activity.touch(request.id(), now);
		messages.save(RequestMessage.write(request.id(), RequestMessage.Kind.FROM_STAFF, actor, body, now));
		notice(request);
	}

	/** Mails the requester that their status page has news (never what it is), if they asked for such notices. */
	@Transactional
	public void notice(UUID id) {
		notice(get(id));
	}

	private void notice(HelpRequest request) {
		String email = request.contactEmail();
		if (request.emailNotices() && email != null) {
			Locale locale = Locale.forLanguageTag(request.language());
			mail.enqueue(email, text("intake.mail.notice.subject", locale, properties.hubName()),
					text("intake.mail.notice.body", locale, properties.hubName(), request.reference()), request.id());
		}
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

	public record StaffView(HelpRequest request, List<RequestMessage> messages, List<Transitions.Transition> history,
			Map<UUID, Accounts.Person> people) {

		public List<RequestMessage> conversation() {
			return messages.stream().filter(m -> m.kind() != RequestMessage.Kind.NOTE).toList();
		}

		public List<RequestMessage> notes() {
			return messages.stream().filter(m -> m.kind() == RequestMessage.Kind.NOTE).toList();
		}

		public String nameOf(@Nullable UUID accountId) {
			Accounts.Person person = accountId == null ? null : people.get(accountId);
			return person == null ? "" : person.displayName();
		}

	}

}
