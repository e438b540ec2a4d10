package org.tandem.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows, in memory only: nothing about who was counted outlives the window. Keys
 * are {@link RequesterKey}s, digests of links, or anything else that is not personal data in itself. The table is
 * bounded: when it is full, windows that have ended are dropped, and if none has ended, the event is refused, so a
 * flood of fresh keys cannot grow memory without end.
 */
public final class RateLimiter implements RateLimit {

	private final int limit;

	private final long windowMillis;

	private final int maxKeys;

	private final Clock clock;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	/** When the table was last swept: a full table is swept at most once a second, not on every event. */
	private volatile long lastSweep;

	public RateLimiter(int limit, Duration window, Clock clock) {
		this(limit, window, 100_000, clock);
	}

	public RateLimiter(int limit, Duration window, int maxKeys, Clock clock) {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.maxKeys = maxKeys;
		this.clock = clock;
	}

	@Override
	public boolean tryAcquire(String key) {
		long now = clock.millis();
		if (windows.size() >= maxKeys && !windows.containsKey(key)) {
			if (now - lastSweep >= 1000) {
				lastSweep = now;
				windows.values().removeIf(w -> w.endsAt <= now);
			}
			if (windows.size() >= maxKeys) {
				return false;
			}
		}
		Window window = windows.compute(key, (k, current) -> current == null || current.endsAt <= now
				? new Window(now + windowMillis, 1) : new Window(current.endsAt, current.count + 1));
		return window.count <= limit;
	}

	/**
	 * Whether the key still has room, without counting anything. Like {@link #tryAcquire}, a full table refuses a key
	 * it does not hold.
	 */
	@Override
	public boolean allows(String key) {
		Window window = windows.get(key);
		if (window == null) {
			return windows.size() < maxKeys;
		}
		return window.endsAt <= clock.millis() || window.count < limit;
	}

	@Override
	public void forget(String key) {
		windows.remove(key);
	}

	private record Window(long endsAt, int count) {
	}

}
