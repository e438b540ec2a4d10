package org.tandem.privacy;

import java.util.UUID;

/** The owner's keys were destroyed by a purge: what they sealed can no longer be read or added to. */
public class KeysDestroyedException extends RuntimeException {

	private final UUID owner;

	public KeysDestroyedException(UUID owner) {
		super("The keys of this owner were destroyed");
		this.owner = owner;
	}

	public UUID owner() {
		return owner;
	}

}
