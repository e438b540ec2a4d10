package org.tandem.organization;

import java.util.List;
import java.util.UUID;

/** The organization module's door: what other modules may ask of enrolled organizations, nothing opened. */
public interface Organizations {

	/** Whether the organization is enrolled (and not purged). */
	boolean exists(UUID organizationId);

	/** The accounts that speak for the organization, in the order they were added. */
	List<UUID> members(UUID organizationId);

}
