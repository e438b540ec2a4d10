package org.tandem.directory;

import java.util.Collection;
import java.util.List;

/**
 * The four groups of the services taxonomy (assess, prevent, respond, support), for counters that must not be finer
 * than a group: a single service asked for on a small hub can point at one organization.
 */
public interface ServiceGroups {

	/** The group when no service is known. */
	String UNKNOWN = "UNKNOWN";

	/** The groups, in the taxonomy's order. */
	List<String> groups();

	/**
	 * The one group that stands for these services: the group holding most of them, a tie going to the group that
	 * comes first in the taxonomy; {@link #UNKNOWN} when none is in the taxonomy.
	 */
	String mainGroup(Collection<String> services);

}
