package org.tandem.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nonces of forms sent recently, held in memory, so that a form sent twice (a double click, a reload) makes one
 * request: how {@link FormNonces} keeps them on the embedded database, which one instance alone can open. Bounded:
 * the oldest nonce is forgotten first, and forgetting one only means a very late duplicate is taken as new. Unlike a
 * rate limit, a full table never refuses anyone.
 */
public final class RecentNonces {

	private final Map<String, Boolean> seen;

	public RecentNonces(int capacity) {
		this.seen = new LinkedHashMap<>(1024, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * Whether a form's nonce is one a form page could have given ({@link Secrets#newToken()}): a form without one, or
	 * with anything else, is shown again to be sent once more, so that a missing nonce cannot get round the check.
	 */
	public static boolean wellFormed(String nonce) {
		return nonce.length() >= 16 && nonce.length() <= 64 && nonce.chars()
			.allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
	}

	/** True the first time a nonce is seen. */
	public synchronized boolean firstTime(String nonce) {
		return seen.putIfAbsent(nonce, Boolean.TRUE) == null;
	}

	public synchronized boolean seen(String nonce) {
		return seen.containsKey(nonce);
	}

	public synchronized void forget(String nonce) {
		seen.remove(nonce);
	}

}
