/**
 * Cohorts (ADR 0018): six-month terms in which several organizations, providers and hub staff work side by side — the
 * program's first approach. Staff plan a cohort and take it from recruiting to closed; organizations and providers
 * take part after signing the hub's agreements (memorandum of understanding, cohort addendum, confidentiality and
 * disclosure agreement), kept as versioned texts in every shipped language.
 */
@NullMarked
@ApplicationModule(displayName = "Cohort",
		allowedDependencies = { "account", "directory", "intake", "matching", "handoff", "organization", "platform",
				"privacy", "privacy :: files" })
package org.tandem.cohort;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
