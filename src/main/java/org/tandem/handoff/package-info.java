/**
 * Handoffs: from the providers staff chose for a request to confirmed contact and follow-up. Blind offers to
 * providers in order, each with a deadline; the organization's double opt-in introduction through its status page;
 * both sides confirming contact; then, for an anonymous request, the purge (counters only remain), or else follow-up
 * surveys. Reads requests from intake and providers from the directory.
 */
@NullMarked
@ApplicationModule(displayName = "Handoff",
		allowedDependencies = { "account", "directory", "intake", "matching", "platform", "privacy" })
package org.tandem.handoff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
