package org.tandem.platform.nonces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.FormNonces;

/**
 * Nonces recorded in PostgreSQL, so that every instance sees them: one row of {@code form_nonce} (V26) per form sent,
 * its key the SHA-256 digest of the form's name and the nonce (never the nonce), and {@code expires_at} a day later.
 * A nonce is accepted once a day: a row past its day no longer counts, and {@link #removeExpired()} deletes it.
 * <p>
 * The nonce is recorded in the transaction that stores what the form sends (the services call {@link #firstTime}
 * inside it), not in one of its own before it. So the row exists exactly when the request does: a save that fails
 * rolls the row back with it and the same page may be sent again, with no "forget" step that a crash could skip; and
 * a second post of the same page, on any instance, waits on the first one's uncommitted row and then finds it, where
 * a nonce committed apart could be answered "already sent" for a request that was never stored. "First time" is one
 * statement: an insert that does nothing on a row still in its day, its update count the answer. The cost is that
 * the row's lock is held until the request commits, which only the same page sent again ever waits for.
 * <p>
 * Bounded: above {@code maxNonces} rows (counted every ten seconds) a nonce is no longer recorded, only looked up, and
 * taken as new when it has no row, as the memory store forgets its oldest: a full table never refuses a form.
 */
final class DatabaseFormNonces implements FormNonces {

	static final String TABLE = "form_nonce";

	/** How long a nonce is remembered: a form page sent again within a day is the same request. */
	static final Duration KEPT = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(DatabaseFormNonces.class);

	private static final long COUNT_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final int maxNonces;

	private final Clock clock;

	private final AtomicLong countedAt = new AtomicLong(System.nanoTime() - COUNT_EVERY_NANOS);

	private volatile boolean full;

	DatabaseFormNonces(JdbcClient jdbc, int maxNonces, Clock clock) {
		this.jdbc = jdbc;
		this.maxNonces = maxNonces;
		this.clock = clock;
	}

	@Override
	public boolean seen(String form, String nonce) {
		return recorded(digest(form, nonce), clock.instant());
	}

	@Override
	public boolean firstTime(String form, String nonce) {
		String digest = digest(form, nonce);
		Instant now = clock.instant();
		if (full()) {
			return !recorded(digest, now);
		}
		// a row past its day is taken over, so the nonce counts from now; a row still in its day is left alone
		return jdbc.sql("""
				insert into form_nonce (digest, expires_at) values (:digest, :expires)
				on conflict (digest) do update set expires_at = excluded.expires_at
				where form_nonce.expires_at <= :now""")
			.param("digest", digest)
			.param("expires", utc(now.plus(KEPT)))
			.param("now", utc(now))
			.update() == 1;
	}

	/** Deletes the rows past their day, in batches; returns how many. */
	int removeExpired() {
		OffsetDateTime now = utc(clock.instant());
		int removed = 0;
		int batch;
		do {
			batch = jdbc.sql("""
					delete from form_nonce where digest in
					(select digest from form_nonce where expires_at <= :now limit :batch)""")
				.param("now", now)
				.param("batch", BATCH)
				.update();
			removed += batch;
		}
		while (batch == BATCH);
		return removed;
	}

	private boolean recorded(String digest, Instant now) {
		return jdbc.sql("select count(*) from form_nonce where digest = :digest and expires_at > :now")
			.param("digest", digest)
			.param("now", utc(now))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the table holds {@code maxNonces} rows, counted at most every ten seconds on each instance. */
	private boolean full() {
		long now = System.nanoTime();
		long last = countedAt.get();
		if (now - last >= COUNT_EVERY_NANOS && countedAt.compareAndSet(last, now)) {
			boolean wasFull = full;
			full = jdbc.sql("select count(*) from (select 1 from form_nonce limit :max) held")
				.param("max", maxNonces)
				.query(Long.class)
				.single() >= maxNonces;
			if (full && !wasFull) {
				log.warn("{} holds {} nonces, its maximum: forms are taken as new until rows expire", TABLE, maxNonces);
			}
		}
		return full;
	}

	static String digest(String form, String nonce) {
		try {
			// a nonce holds no ':' (RecentNonces.wellFormed), so the form's name and the nonce cannot run together
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest((form + ":" + nonce).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
