package org.tandem.privacy.keys;

import java.security.GeneralSecurityException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotates the key-encryption key: a new KEK key becomes primary, every data key is re-wrapped with it, and the old KEK
 * key is removed. Interrupted at any point, it leaves a state that still opens every data key; running it again
 * finishes. With a KMS-held KEK the KMS rotates its key and this only re-wraps.
 */
public class KekRotation {

	private static final Logger log = LoggerFactory.getLogger(KekRotation.class);

	private final KeyEncryptionKey kek;

	private final DataKeyStore store;

	public KekRotation(KeyEncryptionKey kek, DataKeyStore store) {
		this.kek = kek;
		this.store = store;
	}

	/** Rotates and returns the number of data keys re-wrapped. */
	public synchronized int rotate() {
		try {
			if (kek.isFile()) {
				kek.addNewPrimary();
			}
			int count = store.rewrapAll();
			if (kek.isFile()) {
				kek.retireOldKeys();
			}
			log.info("Key-encryption key rotated; {} data keys re-wrapped", count);
			return count;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The key-encryption key could not be rotated", e);
		}
	}

	/** Whether the KEK is a file this instance rotates itself. */
	public boolean rotatesLocally() {
		return kek.isFile();
	}

}
