package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.CheckInAnswer;
import org.tandem.engagement.Side;
import org.tandem.engagement.persistence.AlertRepository;
import org.tandem.engagement.persistence.CheckInRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Secrets;

/**
 * Keep-in-touch check-ins and the alerts they raise: a side answers through its mailed one-time link (signed out) or
 * on the engagement's page (signed in, its own side only); "need help" raises an alert that staff see and mark
 * handled, and mails the engagement's assigned staff.
 */
@Service
public class CheckIns {

	/** The most check-ins or alerts one list shows. */
	public static final int LIST_LIMIT = 100;

	private final EngagementService engagements;

	private final CheckInRepository checkIns;

	private final AlertRepository alerts;

	private final CheckInMail mail;

	private final Clock clock;

	CheckIns(EngagementService engagements, CheckInRepository checkIns, AlertRepository alerts, CheckInMail mail,
			Clock clock) {
		this.engagements = engagements;
		this.checkIns = checkIns;
		this.alerts = alerts;
		this.mail = mail;
		this.clock = clock;
	}

	/** The digest a link's token is kept as; the token itself is only in the mail. */
	public static String digest(String token) {
		return Secrets.sha256Hex("tandem-check-in:" + token);
	}

	/** Where a mailed link stands, to say so plainly; nothing of the engagement is in it. */
	public enum LinkState {

		OPEN, ANSWERED, EXPIRED, UNKNOWN

	}

	/** The state of the check-in behind a link, and its side and due date when it exists. */
	public record Link(LinkState state, @Nullable Side side, java.time.@Nullable LocalDate dueOn) {
	}

	@Transactional(readOnly = true)
	public Link link(String token) {
		return byToken(token).map(c -> new Link(stateOf(c), c.side(), c.dueOn()))
			.orElse(new Link(LinkState.UNKNOWN, null, null));
	}

	/** Answers through the mailed link: once, before it expires. */
	@Transactional
	public void answerByLink(String token, @Nullable CheckInAnswer answer, @Nullable String note) {
		CheckIn checkIn = byToken(token).orElseThrow(NotFoundException::new);
		if (stateOf(checkIn) == LinkState.EXPIRED) {
			throw new InvalidInput("answer", "engagement.checkIn.expired");
		}
		record(checkIn, answer, note, null);
	}

	/** The engagement's check-ins, newest first; for its participants only. */
	@Transactional(readOnly = true)
	public List<CheckIn> of(UUID engagementId, UUID accountId) {
		engagements.get(engagementId, accountId);
		return checkIns.ofEngagement(engagementId, LIST_LIMIT);
	}

	/** A participant answers their own side's check-in, signed in. */
	@Transactional
	public void answer(UUID engagementId, UUID accountId, UUID checkInId, @Nullable CheckInAnswer answer,
			@Nullable String note) {
		Engagement engagement = engagements.get(engagementId, accountId);
		CheckIn checkIn = checkIns.findById(checkInId)
			.filter(c -> c.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
		if (engagement.sideOf(accountId).orElseThrow() != checkIn.side()) {
			throw new InvalidInput("answer", "engagement.checkIn.notYourSide");
		}
		record(checkIn, answer, note, accountId);
	}

	private void record(CheckIn checkIn, @Nullable CheckInAnswer answer, @Nullable String note, @Nullable UUID by) {
		Instant now = clock.instant();
		checkIn.answer(answer, note, by, now);
		checkIns.save(checkIn);
		if (checkIn.answer() == CheckInAnswer.NEED_HELP) {
			alerts.save(Alert.raise(checkIn, now));
			Engagement engagement = engagements.unchecked(checkIn.engagementId());
			mail.needHelp(checkIn, engagement.participants()
				.stream()
				.filter(p -> p.side() == Side.STAFF)
				.map(Participant::accountId)
				.toList());
		}
	}

	/** An alert as staff see it: which engagement, with which provider; nothing anybody wrote. */
	public record AlertView(Alert alert, UUID providerId) {
	}

	/** Alerts nobody handled yet, oldest first: for staff, with no note. */
	@Transactional(readOnly = true)
	public List<AlertView> openAlerts() {
		List<Alert> open = alerts.open(LIST_LIMIT);
		java.util.Map<UUID, UUID> providers = engagements.providersOf(open.stream().map(Alert::engagementId).toList());
		return open.stream()
			.filter(a -> providers.containsKey(a.engagementId()))
			.map(a -> new AlertView(a, providers.get(a.engagementId())))
			.toList();
	}

	/** A staff member marks an alert handled, once. */
	@Transactional
	public void handle(UUID alertId, UUID staffId) {
		Alert alert = alerts.findById(alertId).orElseThrow(NotFoundException::new);
		alert.handle(staffId, clock.instant());
		alerts.save(alert);
	}

	private Optional<CheckIn> byToken(String token) {
		if (token.isEmpty() || token.length() > 64) {
			return Optional.empty();
		}
		return checkIns.findByTokenDigest(digest(token));
	}

	private LinkState stateOf(CheckIn checkIn) {
		if (checkIn.answer() != null) {
			return LinkState.ANSWERED;
		}
		return checkIn.isExpired(clock.instant()) ? LinkState.EXPIRED : LinkState.OPEN;
	}

}
