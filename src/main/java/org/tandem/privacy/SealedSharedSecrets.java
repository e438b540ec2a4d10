package org.tandem.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.platform.SharedSecrets;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * {@link SharedSecrets} in the {@code shared_secret} table, each sealed with the {@link Sealer} under a data key of
 * Tandem's own ({@link #OWNER}, wrapped by the key-encryption key like every data key, re-wrapped when it rotates)
 * and bound to its purpose and period. The first instance that needs a period's secret makes it; if two make it at
 * once, the first row written wins and both use it. A row is deleted once its period and the kept ones after it are
 * over, on one instance at a time.
 */
@Component
class SealedSharedSecrets implements SharedSecrets {

	/**
	 * The owner of the data key that seals shared secrets: Tandem itself, no organization or requester, so that no
	 * purge ever destroys it. The purpose is {@link KeyPurpose#IDENTIFYING}: one of these secrets is the salt that
	 * hides addresses.
	 */
	static final UUID OWNER = UUID.nameUUIDFromBytes("tandem:shared-secrets".getBytes(java.nio.charset.StandardCharsets.UTF_8));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final Clock clock;

	private final Map<String, Secret> cache = new ConcurrentHashMap<>();

	SealedSharedSecrets(JdbcClient jdbc, Sealer sealer, Clock clock) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.clock = clock;
	}

	@Override
	public Secret current(Purpose purpose) {
		long period = purpose.periodAt(clock.instant());
		Secret cached = cache.get(cacheKey(purpose, period));
		if (cached != null) {
			return cached;
		}
		Secret secret = load(purpose, period).orElseGet(() -> create(purpose, period));
		// earlier periods that are no longer accepted leave the cache as the current one changes
		cache.keySet().removeIf(key -> key.startsWith(purpose.name() + ":")
				&& Long.parseLong(key.substring(key.indexOf(':') + 1)) < period - purpose.kept());
		cache.put(cacheKey(purpose, period), secret);
		return secret;
	}

	@Override
	public Optional<Secret> find(Purpose purpose, long period) {
		long now = purpose.periodAt(clock.instant());
		if (period == now) {
			return Optional.of(current(purpose));
		}
		if (period > now || period < now - purpose.kept()) {
			return Optional.empty();
		}
		Secret cached = cache.get(cacheKey(purpose, period));
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Secret> loaded = load(purpose, period);
		loaded.ifPresent(secret -> cache.put(cacheKey(purpose, period), secret));
		return loaded;
	}

	/** Deletes the secrets no longer accepted (their cookies have expired, their day is over). */
	@Scheduled(fixedDelayString = "10m", initialDelayString = "1m")
	@SchedulerLock(name = "shared-secret-cleanup", lockAtMostFor = "5m")
	void deleteRetired() {
		jdbc.sql("delete from shared_secret where retire_after < :now").param("now", utc(clock.instant())).update();
	}

	private Optional<Secret> load(Purpose purpose, long period) {
		return jdbc.sql("select sealed from shared_secret where purpose = :purpose and period = :period")
			.param("purpose", purpose.name())
			.param("period", period)
			.query(byte[].class)
			.optional()
			.map(sealed -> new Secret(period, sealer.open(place(purpose, period), KeyPurpose.IDENTIFYING, sealed)
				.orElseThrow(() -> new IllegalStateException("The key that seals shared secrets is missing"))));
	}

	private Secret create(Purpose purpose, long period) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		Instant now = clock.instant();
		long retireAfter = Math.multiplyExact(period + 1 + purpose.kept(), purpose.period().toMillis());
		jdbc.sql("""
				insert into shared_secret (purpose, period, sealed, created_at, retire_after)
				values (:purpose, :period, :sealed, :now, :retireAfter) on conflict do nothing""")
			.param("purpose", purpose.name())
			.param("period", period)
			.param("sealed", sealer.seal(place(purpose, period), KeyPurpose.IDENTIFYING, bytes))
			.param("now", utc(now))
			.param("retireAfter", utc(Instant.ofEpochMilli(retireAfter)))
			.update();
		// another instance may have written its own first: everyone uses the row that is there
		return load(purpose, period).orElseThrow();
	}

	private static Place place(Purpose purpose, long period) {
		return new Place("shared_secret", "sealed", purpose.name() + "." + period, OWNER);
	}

	private static String cacheKey(Purpose purpose, long period) {
		return purpose.name() + ":" + period;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
