/**
 * Evaluation (ADR 0020): what changed in an organization's knowledge, attitude, behaviour and condition over the
 * months of an engagement or a cohort, scored against the outcomes of the organizational-security M&amp;E framework;
 * the surveys of satisfaction, self-reported change and knowledge; what works, aggregated over organizations; and the
 * program's figures for staff. Organizations are never ranked or compared: every figure about more than one
 * organization passes disclosure control (a minimum group size, small counts suppressed, counts rounded), and
 * organizations and providers who asked not to be counted are left out.
 */
@NullMarked
@ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "account", "audit", "cohort", "directory", "engagement", "handoff", "intake",
				"organization", "platform", "privacy", "privacy :: files" })
package org.tandem.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
