package org.tandem.privacy.keys;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates the key-encryption key in two phases, so that no instance sharing the data directory is ever left with a
 * data key it cannot open. First a new KEK key becomes primary and every data key is re-wrapped with it; the old KEK
 * key stays, so keys wrapped meanwhile by an instance that had not yet seen the new file still open. Once every
 * instance has had time to follow ({@link #GRACE}), the privacy job re-wraps again whatever is still under the old key
 * and removes it. Interrupted at any point, the next run finishes. With a KMS-held KEK the KMS rotates its key and
 * this only re-wraps.
 */
public class KekRotation {

	/** How long the old KEK key is kept after a rotation starts: longer than any instance needs to notice. */
	static final Duration GRACE = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(KekRotation.class);

	private final KeyEncryptionKey kek;

	private final DataKeyStore store;

	private final Clock clock;

	public KekRotation(KeyEncryptionKey kek, DataKeyStore store, Clock clock) {
		this.kek = kek;
		this.store = store;
		this.clock = clock;
	}

	/** Starts a rotation (first phase) and returns the number of data keys re-wrapped. */
	public synchronized int rotate() {
		try {
			if (kek.isFile()) {
				kek.addNewPrimary();
			}
			int count = store.rewrapAll();
			log.info("Key-encryption key rotation started; {} data keys re-wrapped", count);
			return count;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The key-encryption key could not be rotated", e);
		}
	}

	/**
	 * Second phase, run by the privacy job: once the grace period has passed, re-wraps what is still under an old KEK
	 * key and removes the old keys. Returns whether a rotation was finished.
	 */
	public synchronized boolean finishIfDue() {
		Optional<Instant> started = kek.rotationStarted();
		if (started.isEmpty() || started.get().plus(GRACE).isAfter(clock.instant())) {
			return false;
		}
		try {
			int count = store.rewrapAll();
			kek.retireOldKeys();
			log.info("Key-encryption key rotation finished; {} data keys re-wrapped, old key removed", count);
			return true;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The key-encryption key rotation could not be finished", e);
		}
	}

	/** Whether the KEK is a file this instance rotates itself. */
	public boolean rotatesLocally() {
		return kek.isFile();
	}

}
