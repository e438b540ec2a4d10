package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.persistence.SpaceRows;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Announcements on a cohort's space: hub staff post them (optionally with a notice by mail to every participant) and
 * withdraw them; participants read them newest first, a page at a time, and may choose a weekly digest by mail.
 */
@Service
public class Announcements {

	/** How many announcements a page shows. */
	public static final int PAGE_SIZE = 20;

	/** How often a digest goes out. */
	public static final Duration DIGEST_EVERY = Duration.ofDays(7);

	/** The most announcements one digest names (newest first); the link leads to the rest. */
	static final int DIGEST_LIMIT = 50;

	private static final int DIGEST_BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(Announcements.class);

	private final CohortService cohorts;

	private final SpaceAccess access;

	private final SpaceRows rows;

	private final Organizations organizations;

	private final Providers providers;

	private final AnnouncementMail mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Announcements(CohortService cohorts, SpaceAccess access, SpaceRows rows, Organizations organizations,
			Providers providers, AnnouncementMail mail, PlatformTransactionManager transactions, Clock clock) {
		this.cohorts = cohorts;
		this.access = access;
		this.rows = rows;
		this.organizations = organizations;
		this.providers = providers;
		this.mail = mail;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Posts an announcement (title up to {@value Announcement#TITLE_LIMIT} characters, Markdown body up to
	 * {@value Announcement#BODY_LIMIT}) on a cohort that is not closed; with {@code byMail}, a notice (its title and a
	 * link, nothing more) is queued for every participant's account in the same transaction.
	 */
	@Transactional
	public Announcement post(UUID cohortId, UUID actorId, @Nullable String title, @Nullable String body,
			boolean byMail) {
		String t = title == null ? "" : title.strip();
		String b = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (t.isEmpty()) {
			throw new InvalidInput("title", "cohort.announcement.title.required");
		}
		if (t.length() > Announcement.TITLE_LIMIT) {
			throw new InvalidInput("title", "cohort.announcement.title.tooLong");
		}
		if (b.isEmpty()) {
			throw new InvalidInput("body", "cohort.announcement.body.required");
		}
		if (b.length() > Announcement.BODY_LIMIT) {
			throw new InvalidInput("body", "cohort.announcement.body.tooLong");
		}
		Cohort cohort = open(cohortId);
		Announcement announcement = new Announcement(UUID.randomUUID(), cohortId, t, b, byMail, actorId, now());
		rows.insert(announcement);
		if (byMail) {
			mail.notice(cohort, announcement, participants(cohort));
		}
		log.info("announcement {} posted in cohort {} by {} (mailed: {})", announcement.id(), cohortId, actorId,
				byMail);
		return announcement;
	}

	/** Withdraws an announcement: it is deleted; a notice already mailed stays sent. */
	@Transactional
	public void withdraw(UUID cohortId, UUID announcementId, UUID actorId) {
		cohorts.get(cohortId);
		if (!rows.deleteAnnouncement(cohortId, announcementId)) {
			throw new NotFoundException();
		}
		log.info("announcement {} withdrawn from cohort {} by {}", announcementId, cohortId, actorId);
	}

	/** Staff's list of a cohort's announcements, newest first. */
	@Transactional(readOnly = true)
	public Page staffPage(UUID cohortId, @Nullable String after) {
		cohorts.get(cohortId);
		return page(cohortId, after);
	}

	/** The participant's list, newest first; not found for anyone outside the cohort. */
	@Transactional(readOnly = true)
	public Page page(UUID cohortId, UUID accountId, @Nullable String after) {
		access.enter(cohortId, accountId);
		return page(cohortId, after);
	}

	/** One announcement of the cohort, for a participant. */
	@Transactional(readOnly = true)
	public Announcement one(UUID cohortId, UUID accountId, UUID announcementId) {
		access.enter(cohortId, accountId);
		return rows.announcement(cohortId, announcementId).orElseThrow(NotFoundException::new);
	}

	// --- the digest -------------------------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public boolean digestChosen(UUID cohortId, UUID accountId) {
		return rows.digestChosen(cohortId, accountId);
	}

	/** The person chooses (or stops) the weekly digest of the cohort's announcements. */
	@Transactional
	public void chooseDigest(UUID cohortId, UUID accountId, boolean wanted) {
		access.enter(cohortId, accountId);
		if (wanted) {
			rows.chooseDigest(cohortId, accountId, now());
		}
		else {
			rows.dropDigest(cohortId, accountId);
		}
	}

	/**
	 * Mails each digest due (a week after the last covered): the titles of the announcements posted since, with the
	 * link to the space, to each person who still takes part; a person who no longer does loses the choice. Each
	 * choice moves on in the transaction that queues its mail, and only from what was read, so running twice (or on
	 * two instances) mails nothing twice. Returns how many digests were queued.
	 */
	public int runDigests() {
		Instant now = now();
		int mailed = 0;
		for (SpaceRows.DigestChoice choice : rows.digestsDue(now.minus(DIGEST_EVERY), DIGEST_BATCH)) {
			Boolean sent = transactions.execute(status -> digest(choice, now));
			if (Boolean.TRUE.equals(sent)) {
				mailed++;
			}
		}
		if (mailed > 0) {
			log.info("{} cohort announcement digests queued", mailed);
		}
		return mailed;
	}

	private boolean digest(SpaceRows.DigestChoice choice, Instant now) {
		Optional<Cohort> cohort;
		try {
			cohort = Optional.of(cohorts.get(choice.cohortId()));
		}
		catch (NotFoundException gone) {
			cohort = Optional.empty();
		}
		if (cohort.isEmpty() || cohorts.sideOf(cohort.get(), choice.accountId()).isEmpty()) {
			rows.dropDigest(choice.cohortId(), choice.accountId());
			return false;
		}
		if (!rows.advanceDigest(choice, now)) {
			return false;
		}
		List<Announcement> since = rows.between(choice.cohortId(), choice.coveredUntil(), now, DIGEST_LIMIT);
		if (since.isEmpty()) {
			return false;
		}
		mail.digest(cohort.get(), since, choice.accountId());
		return true;
	}

	// --- shared -----------------------------------------------------------------------------------------------------

	/** The accounts that read the cohort's space: its organizations' members and its providers' accounts. */
	Set<UUID> participants(Cohort cohort) {
		Set<UUID> accounts = new LinkedHashSet<>();
		cohort.presentOrganizations().forEach(m -> accounts.addAll(organizations.members(m.organizationId())));
		cohort.presentProviders().forEach(m -> providers.accountOf(m.providerId()).ifPresent(accounts::add));
		return accounts;
	}

	private Cohort open(UUID cohortId) {
		Cohort cohort = cohorts.get(cohortId);
		if (cohort.status() == CohortStatus.CLOSED) {
			throw new InvalidInput("cohort", "cohort.space.closed");
		}
		return cohort;
	}

	private Page page(UUID cohortId, @Nullable String after) {
		Instant at = null;
		UUID id = null;
		if (after != null && !after.isBlank()) {
			List<String> keys = Cursors.decode(after, 2)
				.orElseThrow(() -> new InvalidInput("after", "cohort.cursorInvalid"));
			try {
				at = Instant.parse(keys.get(0));
				id = UUID.fromString(keys.get(1));
			}
			catch (RuntimeException notOurs) {
				throw new InvalidInput("after", "cohort.cursorInvalid");
			}
		}
		List<Announcement> found = rows.newest(cohortId, at, id, PAGE_SIZE + 1);
		if (found.size() <= PAGE_SIZE) {
			return new Page(found, null);
		}
		Announcement last = found.get(PAGE_SIZE - 1);
		return new Page(found.subList(0, PAGE_SIZE),
				Cursors.encode(last.postedAt().toString(), last.id().toString()));
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** A page of announcements, newest first, and the cursor of the next (null on the last). */
	public record Page(List<Announcement> announcements, @Nullable String next) {

		public Page {
			announcements = List.copyOf(announcements);
		}

	}

}
