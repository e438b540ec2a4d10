/**
 * Engagements (ADR 0017): the workspace where an organization and its provider work through Discover, Strategise and
 * Actualise after contact, with Create Space's agreements beside every phase. Opened from a confirmed handoff once
 * staff link it to an enrolled organization, or by staff by hand; everything people write is sealed under the
 * organization's case key, and every object is shown only to the engagement's participants.
 */
@NullMarked
@ApplicationModule(displayName = "Engagement",
		allowedDependencies = { "account", "cohort", "directory", "handoff", "intake", "organization", "platform", "privacy",
				"privacy :: files" })
package org.tandem.engagement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
