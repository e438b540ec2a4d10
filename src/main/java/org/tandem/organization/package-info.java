/**
 * Organizations Tandem serves: their profile (sealed under their own keys), their members, and what a member can do
 * with everything Tandem holds about them: download it, or have it destroyed.
 */
@NullMarked
@ApplicationModule(displayName = "Organization",
		allowedDependencies = { "account", "platform", "privacy", "privacy :: files" })
package org.tandem.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
