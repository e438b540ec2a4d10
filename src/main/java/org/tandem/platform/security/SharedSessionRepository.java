package org.tandem.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions in the database, as Spring Session's {@link JdbcIndexedSessionRepository} keeps them, with what a page
 * view costs cut to one read (docs/performance.md, "Signed-in pages"). Spring Session reads the session, writes its
 * last-access time and reads it again on every request, each in a transaction of its own; on PostgreSQL the write is
 * a durable commit and locks the row, which made a signed-in page cost five times an anonymous one. Here:
 * <ul>
 * <li>the last-access time is written only once it has moved by {@link #resolution(Duration) the resolution} (a
 * minute, or a tenth of a shorter idle limit): a page view in between writes nothing. The stored time may then be up
 * to the resolution behind, so the idle limit ends a session up to that much early, never late;</li>
 * <li>a session that did not change is not saved at all, and within one request (opened by
 * {@link SessionRequestScope}) a session is read once: Spring Session's filter looks it up again after saving it;</li>
 * <li>a session older than the absolute limit is not found, and is deleted, wherever it is looked up;</li>
 * <li>reads outside any transaction run as a single statement, without a transaction of their own.</li>
 * </ul>
 * Every request still reads its session from the database, the one source of truth: a sign-out, "sign out
 * everywhere", a role withdrawal or an expiry on one instance holds at the next request on every other.
 */
final class SharedSessionRepository implements FindByIndexNameSessionRepository<SharedSessionRepository.StoredSession>,
		InitializingBean, DisposableBean {

	/** The sessions read or saved in the request that the current thread is serving, by id. */
	private static final ThreadLocal<@Nullable Map<String, StoredSession>> REQUEST = new ThreadLocal<>();

	private static final Duration MOST = Duration.ofMinutes(1);

	private final JdbcIndexedSessionRepository store;

	private final FindByIndexNameSessionRepository<Session> untyped;

	private final SessionTransactions transactions;

	private final Duration resolution;

	private final Duration absoluteTimeout;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	SharedSessionRepository(JdbcIndexedSessionRepository store, SessionTransactions transactions,
			Duration idleTimeout, Duration absoluteTimeout) {
		this.store = store;
		this.untyped = (FindByIndexNameSessionRepository) store; // its sessions' class is not public
		this.transactions = transactions;
		this.resolution = resolution(idleTimeout);
		this.absoluteTimeout = absoluteTimeout;
	}

	/** How far the last-access time may move before it is written: a minute, or a tenth of a shorter idle limit. */
	static Duration resolution(Duration idleTimeout) {
		Duration tenth = idleTimeout.dividedBy(10);
		return tenth.compareTo(MOST) < 0 ? tenth : MOST;
	}

	/**
	 * Opens a request on this thread, in which sessions are read at most once; false if one is open already (the
	 * opener closes it).
	 */
	static boolean openRequest() {
		if (REQUEST.get() != null) {
			return false;
		}
		REQUEST.set(new HashMap<>());
		return true;
	}

	static void closeRequest() {
		REQUEST.remove();
	}

	@Override
	public StoredSession createSession() {
		return new StoredSession(store.createSession(), true);
	}

	@Override
	public void save(StoredSession session) {
		if (session.isNew || session.changed) {
			untyped.save(session.stored);
			session.isNew = false;
			session.changed = false;
		}
		remember(session);
	}

	@Override
	public @Nullable StoredSession findById(String id) {
		Map<String, StoredSession> request = REQUEST.get();
		StoredSession known = request == null ? null : request.get(id);
		if (known != null) {
			return known;
		}
		Session stored = transactions.read(() -> untyped.findById(id));
		if (stored == null) {
			return null;
		}
		if (Duration.between(stored.getCreationTime(), Instant.now()).compareTo(absoluteTimeout) > 0) {
			store.deleteById(id);
			return null;
		}
		var session = new StoredSession(stored, false);
		remember(session);
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, StoredSession> request = REQUEST.get();
		if (request != null) {
			request.remove(id);
		}
		store.deleteById(id);
	}

	@Override
	public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, StoredSession> found = new LinkedHashMap<>();
		untyped.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new StoredSession(session, false)));
		return found;
	}

	@Override
	public void afterPropertiesSet() {
		store.afterPropertiesSet(); // schedules the clean-up of expired sessions
	}

	@Override
	public void destroy() {
		store.destroy();
	}

	private static void remember(StoredSession session) {
		Map<String, StoredSession> request = REQUEST.get();
		if (request != null) {
			request.put(session.getId(), session);
		}
	}

	/**
	 * A stored session that knows whether it changed since it was read, and takes a new last-access time only once it
	 * has moved by the resolution.
	 */
	final class StoredSession implements Session {

		private final Session stored;

		private boolean isNew;

		private boolean changed;

		private StoredSession(Session stored, boolean isNew) {
			this.stored = stored;
			this.isNew = isNew;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			changed = true;
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changed = true;
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		/** Kept only once it has moved by the resolution: the stored time is at most that far behind. */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(resolution) >= 0) {
				changed = true;
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			changed = true;
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
