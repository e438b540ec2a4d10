package org.tandem.audit.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The audit module's part of an organization's purge: every audit of the organization with every row that names it.
 * Each part of the module lists its tables in {@link AuditTables} (children before parents); the organization's keys,
 * destroyed by the same purge, already made every sealed value and file unreadable. Runs before the engagement's and
 * the organization's parts (participants run in the order of their names), whose rows the audits refer to.
 */
@Component
class AuditPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	private final List<AuditTables> parts;

	AuditPurge(JdbcClient jdbc, List<AuditTables> parts) {
		this.jdbc = jdbc;
		this.parts = parts;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public Set<String> kinds() {
		Set<String> kinds = new java.util.TreeSet<>(Set.of("audit.audits"));
		parts.forEach(part -> kinds.addAll(part.kinds()));
		return kinds;
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new TreeMap<>();
		kinds().forEach(kind -> destroyed.put(kind, 0));
		for (AuditTables part : parts) {
			part.purge(owner, destroyed);
		}
		destroyed.put("audit.audits",
				jdbc.sql("delete from audit where organization_id = :owner").param("owner", owner).update());
		return destroyed;
	}

}
