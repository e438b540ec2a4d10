package org.tandem.cohort.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.Side;
import org.tandem.cohort.persistence.CalendarFeedRows;
import org.tandem.cohort.persistence.SessionRows;
import org.tandem.platform.AbsoluteLinks;

/**
 * A person's calendar feed: a secret link (a random 256-bit token, kept only as its SHA-256) that a calendar
 * application reads without signing in. It lists the sessions of every cohort the account takes part in that are meant
 * for its side, from {@value #RECENT_DAYS} days back on, and nothing about anyone else. Making a new link or revoking
 * it makes the old one unknown.
 */
@Service
public class CalendarFeeds {

	static final int RECENT_DAYS = 30;

	static final int LIMIT = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedRows feeds;

	private final SessionRows sessions;

	private final CohortService cohorts;

	private final AbsoluteLinks links;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRows feeds, SessionRows sessions, CohortService cohorts, AbsoluteLinks links,
			Clock clock) {
		this.feeds = feeds;
		this.sessions = sessions;
		this.cohorts = cohorts;
		this.links = links;
		this.clock = clock;
	}

	/** When the account's current link was made, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Instant> current(UUID accountId) {
		return feeds.createdAt(accountId);
	}

	/** Makes a new link (the old one stops working) and gives its token, the only time it is ever known. */
	@Transactional
	public String create(UUID accountId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		feeds.replace(accountId, digest(token), clock.instant());
		return token;
	}

	@Transactional
	public void revoke(UUID accountId) {
		feeds.revoke(accountId);
	}

	/** The feed behind a token, in iCalendar; empty for a token that is unknown or revoked. */
	@Transactional(readOnly = true)
	public Optional<byte[]> feed(String token) {
		if (token.length() != 64 || !token.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
			return Optional.empty();
		}
		return feeds.accountOf(digest(token)).map(this::calendarOf);
	}

	private byte[] calendarOf(UUID accountId) {
		Instant now = clock.instant();
		List<Cohort> mine = cohorts.mine(accountId);
		Map<UUID, Side> sides = new java.util.HashMap<>();
		for (Cohort cohort : mine) {
			cohorts.sideOf(cohort, accountId).ifPresent(side -> sides.put(cohort.id(), side));
		}
		List<CohortSession> shown = new ArrayList<>();
		List<String> pages = new ArrayList<>();
		for (CohortSession session : sessions.ofCohorts(sides.keySet(), now.minus(Duration.ofDays(RECENT_DAYS)),
				LIMIT)) {
			if (session.meantFor(sides.get(session.cohortId()))) {
				shown.add(session);
				pages.add(links.forMail("/cohorts/" + session.cohortId() + "/sessions/" + session.id()));
			}
		}
		return SessionCalendar.feed(shown, pages, now);
	}

	/** The SHA-256 of a token, in hex: what is stored, and the key its rate limit counts. */
	public static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
