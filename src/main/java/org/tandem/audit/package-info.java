/**
 * Audits (ADR 0019): a catalog of assessment methods and activities, Tandem's own and imported from SAFETAG-format
 * content, from which an auditor picks those that fit an organization; the audit's activities, findings and
 * recommendations, sealed under the organization's case key; and its reports. Used inside engagements and on its own
 * by staff.
 */
@NullMarked
@ApplicationModule(displayName = "Audit",
		allowedDependencies = { "account", "directory", "engagement", "organization", "platform", "privacy",
				"privacy :: files" })
package org.tandem.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
