package org.tandem.audit.persistence;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A part of the audit module that keeps rows of an organization's audits (activities, evidence, findings,
 * recommendations, reports): deletes them in an organization's purge, before the audits themselves, and counts them by
 * kind. Every kind needs its label {@code kind.<kind>} in every language.
 */
public interface AuditTables {

	/** The kinds of data this part counts. */
	Set<String> kinds();

	/** Deletes every row of the organization's audits this part keeps, adding to the counts per kind. */
	void purge(UUID organizationId, Map<String, Integer> destroyed);

}
