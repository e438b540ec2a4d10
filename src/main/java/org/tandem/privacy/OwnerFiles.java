package org.tandem.privacy;

import java.util.UUID;

/** A place that keeps files per owner and can delete all of an owner's files (idempotent). */
public interface OwnerFiles {

	int deleteAll(UUID owner);

}
