/** Intake: requests for help, the requester's status link, the staff triage queue, and messages with requesters. */
@NullMarked
@ApplicationModule(displayName = "Intake",
		allowedDependencies = { "account", "organization", "platform", "privacy" })
package org.tandem.intake;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
