/** Pages: the public request form and status page, and the staff triage queue. */
@NullMarked
package org.tandem.intake.web;

import org.jspecify.annotations.NullMarked;
