package org.tandem.privacy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Where a sealed value lives. It is bound to the ciphertext as associated data, so a ciphertext copied to another
 * table, column, row or owner fails to open.
 */
public record Place(String table, String column, String rowId, UUID owner) {

	public Place {
		for (String part : new String[] { table, column, rowId }) {
			if (part.isEmpty() || part.indexOf('\0') >= 0) {
				throw new IllegalArgumentException("invalid place part");
			}
		}
	}

	/** The associated data: a version tag and the four parts, separated by NUL characters. */
	byte[] associatedData() {
		return String.join("\0", "tandem-seal-v1", table, column, rowId, owner.toString())
			.getBytes(StandardCharsets.UTF_8);
	}

}
