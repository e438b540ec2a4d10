/** Intake: requests for help, the requester's status link, the staff triage queue, and messages with requesters. */
@NullMarked
package org.tandem.intake;

import org.jspecify.annotations.NullMarked;
