package org.tandem.platform.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.RateLimit;
import org.tandem.platform.RateLimits;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Limits counted in PostgreSQL with Bucket4j, so that every instance shares one count per key. Each key is one row
 * of {@code rate_limit_bucket} (V24): its id is the limit's name and the key (a digest, never an address or a link),
 * its state Bucket4j's, and {@code expires_at} the moment the bucket is full again, after which the row says nothing
 * and {@link #removeExpired()} deletes it.
 * <p>
 * Bucket4j locks the row for the length of a short transaction ({@code select … for update}, then an update): the
 * cheaper of its two PostgreSQL strategies here (docs/operations.md). Many requests for one key at once (one busy
 * address behind a proxy) would queue on that row lock, each holding a pooled connection while it waits; so each
 * instance keeps one bucket proxy per recent key with Bucket4j's batching, which sends the requests that arrive
 * while one is in flight to the database together, as one transaction, and keeps the others waiting in memory.
 * <p>
 * Bounded: rows expire with their window, and above {@code maxKeys} rows (counted every ten seconds) a key that has no
 * row yet is refused, as {@link org.tandem.platform.RateLimiter} does in memory.
 */
final class DatabaseRateLimits implements RateLimits {

	static final String TABLE = "rate_limit_bucket";

	private static final Pattern NAME = Pattern.compile("[a-z0-9.-]{1,40}");

	/** Ids longer than this (a key that is not already a short digest) are stored as a digest. */
	private static final int MAX_ID = 120;

	private static final long COUNT_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

	private static final int PROXIES = 10_000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final JdbcClient jdbc;

	private final int maxKeys;

	/** Recent keys' proxies, for batching; losing one only means the next request builds it again. */
	private final Map<String, BucketProxy> proxies = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
			return size() > PROXIES;
		}
	};

	private final AtomicLong countedAt = new AtomicLong(System.nanoTime() - COUNT_EVERY_NANOS);

	private volatile boolean full;

	DatabaseRateLimits(DataSource dataSource, JdbcClient jdbc, int maxKeys) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
		this.jdbc = jdbc;
		this.maxKeys = maxKeys;
	}

	static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A rate limit's name is 1 to 40 of a-z, 0-9, '.' and '-'");
		}
	}

	@Override
	public RateLimit limit(String name, int limit, Duration window) {
		checkName(name);
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit).refillIntervally(limit, window))
			.build();
		return new Limit(name, configuration);
	}

	/** Deletes the rows whose window has ended, in batches; returns how many. */
	int removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = buckets.removeExpired(1000);
			removed += batch;
		}
		while (batch == 1000);
		return removed;
	}

	private BucketProxy proxy(String id, BucketConfiguration configuration) {
		synchronized (proxies) {
			return proxies.computeIfAbsent(id, key -> buckets.builder()
				.withOptimization(Optimizations.batching())
				.build(key, () -> configuration));
		}
	}

	/** Whether a key with no row must be refused because the table is full. */
	private boolean refusesNew(String id) {
		long now = System.nanoTime();
		long last = countedAt.get();
		if (now - last >= COUNT_EVERY_NANOS && countedAt.compareAndSet(last, now)) {
			full = jdbc.sql("select count(*) from (select 1 from " + TABLE + " limit :max) held")
				.param("max", maxKeys)
				.query(Long.class)
				.single() >= maxKeys;
		}
		return full && jdbc.sql("select count(*) from " + TABLE + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 0;
	}

	private static String id(String name, String key) {
		String id = name + ":" + key;
		if (id.length() <= MAX_ID) {
			return id;
		}
		try {
			return name + "#" + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private final class Limit implements RateLimit {

		private final String name;

		private final BucketConfiguration configuration;

		Limit(String name, BucketConfiguration configuration) {
			this.name = name;
			this.configuration = configuration;
		}

		@Override
		public boolean tryAcquire(String key) {
			String id = id(name, key);
			return !refusesNew(id) && proxy(id, configuration).tryConsume(1);
		}

		@Override
		public boolean allows(String key) {
			String id = id(name, key);
			return !refusesNew(id) && proxy(id, configuration).getAvailableTokens() > 0;
		}

		@Override
		public void forget(String key) {
			String id = id(name, key);
			synchronized (proxies) {
				proxies.remove(id);
			}
			buckets.removeProxy(id);
		}

	}

}
