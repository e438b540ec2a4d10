/**
 * Matching: explainable provider recommendations for a request and optimal assignment of a whole queue. The engine
 * ({@code engine}) is plain Java; the rest reads requests from intake and providers from the directory, keeps the
 * needs profile, the hub's weights and underserved regions, staff choices and batch proposals, and shows them.
 */
@NullMarked
@ApplicationModule(displayName = "Matching",
		allowedDependencies = { "account", "directory", "intake", "organization", "platform", "privacy" })
package org.tandem.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
