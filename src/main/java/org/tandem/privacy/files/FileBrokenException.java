package org.tandem.privacy.files;

import java.util.UUID;

/**
 * A stored file does not open with its owner's key under its id: it was copied from another owner or file, stored
 * under another purpose, or altered. Never shown to a person; logged with the owner and file id only.
 */
public class FileBrokenException extends RuntimeException {

	public FileBrokenException(UUID owner, UUID fileId, Throwable cause) {
		super("The stored file " + fileId + " of owner " + owner + " does not open", cause);
	}

}
