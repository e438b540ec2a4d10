package org.tandem.directory;

import java.util.UUID;

/**
 * The directory's door for whoever tracks engagements (the engagement module, ADR 0017): how many of a provider's
 * engagements are still going on there. Each of them holds one of the provider's open slots and frees it itself when
 * it closes, so the provider may free by hand only the slots beyond them (work the hub does not track: anonymous
 * requests, or an introduction never linked to a shared workspace). The directory works without it: then no
 * engagement is tracked and every open slot is the provider's to free.
 */
public interface TrackedEngagements {

	/** How many of the provider's tracked engagements are going on now, each still holding a slot; zero if none. */
	int working(UUID providerId);

}
