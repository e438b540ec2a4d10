package org.tandem.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.ServletRequest;

/**
 * A stand-in for a requester's network address that is good for one day and for rate limits only: a keyed hash of
 * the address under a random salt that is replaced every day (UTC). The address itself is never kept, and once the
 * salt is gone nobody can tell which address a key came from. The salt is one of the {@link SharedSecrets} ({@link
 * #SALT}), so that every instance behind a proxy counts an address under the same key; it is kept for its day only.
 */
public final class RequesterKey {

	private static final String ATTRIBUTE = RequesterKey.class.getName();

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Clock CLOCK = Clock.systemUTC();

	private static volatile Salt salt = new Salt(LocalDate.MIN, new byte[0]);

	/** The daily salt shared by every instance; no earlier day's salt is kept. */
	public static final SharedSecrets.Purpose SALT = new SharedSecrets.Purpose("requester-key",
			java.time.Duration.ofDays(1), 0);

	private RequesterKey() {
	}

	/** The key for this request's address, if the address filter ran; worked out on first use. */
	public static Optional<String> of(ServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof Pending pending ? Optional.of(pending.key())
				: Optional.empty();
	}

	/**
	 * Called by the address filter, before the address is hidden. Only the few pages that limit abuse ask for the
	 * key, so the hash is not computed for every request; until then the address stays in this request's memory,
	 * where the servlet container holds it anyway, and nowhere else.
	 */
	public static void remember(ServletRequest request, String address, SharedSecrets salts) {
		request.setAttribute(ATTRIBUTE, new Pending(address, salts));
	}

	/** Not a record: nothing may print the address it holds. */
	private static final class Pending {

		private final String address;

		private final SharedSecrets salts;

		private volatile String key;

		Pending(String address, SharedSecrets salts) {
			this.address = address;
			this.salts = salts;
		}

		String key() {
			String known = key;
			if (known == null) {
				known = hash(salts.current(SALT).bytes(), network(address));
				key = known;
			}
			return known;
		}

	}

	/**
	 * An IPv6 address counts by its /64 network: one connection usually holds a whole /64, and counting each address
	 * apart would let one person send from as many addresses as they like.
	 */
	static String network(String address) {
		if (address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.]+")) {
			return address;
		}
		try {
			// a literal with a colon is parsed, never looked up
			byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
			if (bytes.length == 16) {
				return java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
		}
		catch (java.net.UnknownHostException notAnAddress) {
			// fall through: counted as given
		}
		return address;
	}

	/** Under a salt of this process's own, for tests of the hash alone. */
	static String hash(String address) {
		return hash(currentSalt().bytes(), address);
	}

	private static String hash(byte[] salt, String address) {
		byte[] digest = Secrets.hmacSha256(salt, address);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
	}

	private static Salt currentSalt() {
		LocalDate today = LocalDate.now(CLOCK.withZone(ZoneOffset.UTC));
		Salt current = salt;
		if (!current.day().equals(today)) {
			synchronized (RequesterKey.class) {
				current = salt;
				if (!current.day().equals(today)) {
					byte[] bytes = new byte[32];
					RANDOM.nextBytes(bytes);
					current = new Salt(today, bytes);
					salt = current;
				}
			}
		}
		return current;
	}

	private record Salt(LocalDate day, byte[] bytes) {
	}

}
