package org.tandem.intake.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.intake.Approach;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;

/**
 * For measuring Tandem at the size of a hub that has run for years ({@code bench/lists.sh}): with
 * {@code tandem.seed.requests} set (and demo data on, for the staff who act on them), tops the database up to that
 * many requests, made up, through the same services as real ones, so each is sealed under its own keys and has a
 * status link nobody knows. About a fifth stay new, and the rest are asked for information, assessed (some assigned,
 * some with a reply waiting) or declined, as staff would; then their times are spread over three years (a declined
 * one's within the default retention period, so that the seeded history stays while it is measured). Never on by
 * default; a log line says when it has finished.
 */
@Component
class SeedRequests {

	private static final Logger log = LoggerFactory.getLogger(SeedRequests.class);

	private static final String[] COUNTRIES = { "MX", "BR", "CO", "GT", "KE", "UG", "NG", "LB", "TN", "JO", "PH", "IN",
			"PK", "BD", "UA", "GE", "RS", "TR", "ZW", "GB", "US", "ES", "FR", "AR", "PE", "NI", "VE", "MM", "KH", "ID" };

	private static final String[] LANGUAGES = { "en", "es", "fr", "pt", "ar" };

	private final RequesterService requesters;

	private final Casework casework;

	private final RequestConversation conversation;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int target;

	private final int threads;

	private final javax.sql.DataSource dataSource;

	SeedRequests(RequesterService requesters, Casework casework, RequestConversation conversation, Accounts accounts,
			JdbcClient jdbc, Clock clock, @Value("${tandem.seed.requests:0}") int target,
			@Value("${tandem.seed.threads:4}") int threads, javax.sql.DataSource dataSource) {
		this.requesters = requesters;
		this.casework = casework;
		this.conversation = conversation;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.target = target;
		this.threads = Math.clamp(threads, 1, 32);
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(300)
	void onReady() throws Exception {
		if (target <= 0) {
			return;
		}
		long existing = jdbc.sql("select count(*) from help_request").query(Long.class).single();
		List<UUID> staff = new ArrayList<>();
		for (String name : List.of("demo-staff-1", "demo-staff-2")) {
			accounts.findByUsername(name).map(Accounts.Person::id).ifPresent(staff::add);
		}
		if (staff.isEmpty()) {
			log.error("Seeding requests needs the demo staff accounts (TANDEM_DEMO=true); nothing was seeded");
			return;
		}
		int missing = (int) Math.max(0, target - existing);
		log.info("Seeding {} requests ({} exist) on {} threads", missing, existing, threads);
		AtomicInteger done = new AtomicInteger();
		Instant start = clock.instant();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int share = missing / threads + (t < missing % threads ? 1 : 0);
				work.add(pool.submit(() -> {
					for (int i = 0; i < share; i++) {
						seedOne(staff);
						int n = done.incrementAndGet();
						if (n % 5000 == 0) {
							log.info("Seeded {} of {} requests", n, missing);
						}
					}
					return null;
				}));
			}
			for (Future<?> w : work) {
				w.get();
			}
		}
		// what autovacuum does once a table has grown: the planner's statistics, so that it knows the queue's size,
		// and on PostgreSQL the dead row versions the seeding's updates left behind (a page read newest first would
		// otherwise step over tens of thousands of them where autovacuum is off or has not come round yet)
		jdbc.sql(org.tandem.platform.Databases.isPostgres(dataSource) ? "vacuum analyze" : "analyze").update();
		log.info("Seeded {} requests in {} s; the database holds {}", missing,
				Duration.between(start, clock.instant()).toSeconds(),
				jdbc.sql("select count(*) from help_request").query(Long.class).single());
	}

	private void seedOne(List<UUID> staff) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		RequestSubmission submission = submission(random);
		UUID id = requesters.submit(submission).id();
		UUID actor = staff.get(random.nextInt(staff.size()));
		int fate = random.nextInt(100);
		if (fate >= 20) {
			if (fate < 27) {
				conversation.staffWrites(id, "Seed question: which devices are affected?", true, actor);
				if (random.nextBoolean()) {
					conversation.requesterWrites(id, "Seed answer: two phones and a laptop.");
				}
			}
			else if (fate < 40) {
				casework.move(id, RequestStatus.ASSESSING, actor);
				casework.assess(id, new HelpRequest.Assessment(
						EnumSet.of(ServiceNeed.values()[random.nextInt(ServiceNeed.values().length)]),
						submission.workLanguages(), "Seed assessment.", RiskLevel.values()[random.nextInt(4)]), actor);
			}
			else {
				casework.decline(id, ReferralTemplate.values()[random.nextInt(ReferralTemplate.values().length)], null,
						actor);
			}
			if (fate < 40 && random.nextInt(3) > 0) {
				casework.assign(id, actor);
			}
		}
		// spread over three years, as a hub's history is; a declined request within the default retention period
		// (90 days unchanged), so that the retention job does not purge the seeded history while it is measured
		Instant now = clock.instant();
		boolean declined = fate >= 40;
		Instant updated = declined ? now.minus(Duration.ofMinutes(random.nextLong(80L * 24 * 60)))
				: now.minus(Duration.ofMinutes(random.nextLong(3L * 365 * 24 * 60)));
		Instant submitted = updated.minus(Duration.ofMinutes(random.nextLong(30L * 24 * 60)));
		jdbc.sql("update help_request set submitted_at = :submitted, updated_at = :updated where id = :id")
			.param("submitted", Timestamp.from(submitted))
			.param("updated", Timestamp.from(updated))
			.param("id", id)
			.update();
	}

	private static RequestSubmission submission(ThreadLocalRandom random) {
		boolean anonymous = random.nextInt(10) < 4;
		String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
		List<String> languages = random.nextInt(4) == 0 ? List.of(language, LANGUAGES[random.nextInt(LANGUAGES.length)])
				: List.of(language);
		int u = random.nextInt(100);
		Urgency urgency = u < 5 ? Urgency.EMERGENCY : u < 30 ? Urgency.URGENT : u < 65 ? Urgency.SOON : Urgency.NOT_URGENT;
		ContactMethod contact = ContactMethod.values()[random.nextInt(ContactMethod.values().length)];
		Set<Problem> problems = EnumSet.of(Problem.values()[random.nextInt(Problem.values().length)],
				Problem.values()[random.nextInt(Problem.values().length)]);
		int n = random.nextInt(1_000_000);
		return new RequestSubmission(anonymous, language, anonymous ? null : "Seed Organization " + n,
				OrganizationKind.values()[random.nextInt(OrganizationKind.values().length)],
				SizeBand.values()[random.nextInt(SizeBand.values().length)], COUNTRIES[random.nextInt(COUNTRIES.length)],
				random.nextBoolean() ? "Seed region " + random.nextInt(50) : null, languages,
				random.nextBoolean() ? "Seed community " + random.nextInt(20) : null, problems,
				"Seed request " + n + ". Made up for measuring Tandem: our accounts and devices need attention.",
				random.nextBoolean() ? "Seed outcome: safer accounts" : null, urgency,
				Timeframe.values()[random.nextInt(Timeframe.values().length)],
				Approach.values()[random.nextInt(Approach.values().length)], contact,
				contact == ContactMethod.EMAIL ? "seed-" + n + "@example.org" : null,
				contact == ContactMethod.SIGNAL ? "+1 555 " + n : null, contact == ContactMethod.PHONE ? "+44 20 " + n : null,
				null, false, false, random.nextBoolean());
	}

}
