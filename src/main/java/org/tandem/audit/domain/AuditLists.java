package org.tandem.audit.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.audit.persistence.AuditRepository;

/**
 * Pages of audits, newest first, by a key of (created, id): each branch of the question reads its own index
 * ({@code audit_organization_idx}, {@code audit_engagement_idx}, {@code audit_started_by_idx}) from the key down, and
 * never more than a page and one row of each.
 */
@Component
class AuditLists {

	private final JdbcClient jdbc;

	private final AuditRepository audits;

	AuditLists(JdbcClient jdbc, AuditRepository audits) {
		this.jdbc = jdbc;
		this.audits = audits;
	}

	AuditService.Page page(UUID accountId, Collection<UUID> organizationIds, Collection<UUID> engagementIds,
			@Nullable UUID onlyEngagement, @Nullable String before) {
		AuditService.Key key = AuditService.parse(before);
		int limit = AuditService.PAGE_SIZE + 1;
		List<Row> rows = new ArrayList<>();
		String after = key == null ? "" : " and (created_at < :at or (created_at = :at and id < :id))";
		if (onlyEngagement != null) {
			rows.addAll(branch("engagement_id = :engagement", after, key, limit, Map.of("engagement", onlyEngagement)));
		}
		else {
			rows.addAll(branch("started_by = :account", after, key, limit, Map.of("account", accountId)));
			for (UUID organization : AuditService.bounded(organizationIds)) {
				rows.addAll(branch("organization_id = :organization", after, key, limit, Map.of("organization", organization)));
			}
			for (UUID engagement : AuditService.bounded(engagementIds)) {
				rows.addAll(branch("engagement_id = :engagement", after, key, limit, Map.of("engagement", engagement)));
			}
		}
		List<Row> newest = rows.stream()
			.distinct()
			.sorted((a, b) -> a.createdAt().equals(b.createdAt()) ? databaseOrder(b.id(), a.id())
					: b.createdAt().compareTo(a.createdAt()))
			.limit(limit)
			.toList();
		boolean more = newest.size() > AuditService.PAGE_SIZE;
		List<Row> shown = more ? newest.subList(0, AuditService.PAGE_SIZE) : newest;
		Map<UUID, Audit> byId = new HashMap<>();
		audits.findAllById(shown.stream().map(Row::id).toList()).forEach(audit -> byId.put(audit.id(), audit));
		List<Audit> page = shown.stream().map(row -> byId.get(row.id())).filter(java.util.Objects::nonNull).toList();
		Row last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new AuditService.Page(page, more && last != null ? AuditService.key(last.createdAt(), last.id()) : null);
	}

	private List<Row> branch(String where, String after, AuditService.@Nullable Key key, int limit,
			Map<String, Object> params) {
		JdbcClient.StatementSpec spec = jdbc
			.sql("select id, created_at from audit where " + where + after
					+ " order by created_at desc, id desc fetch first " + limit + " rows only")
			.params(params);
		if (key != null) {
			spec = spec.param("at", Timestamp.from(key.createdAt())).param("id", key.id());
		}
		return spec.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void touched(UUID auditId, java.time.Instant now) {
		jdbc.sql("update audit set updated_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", auditId)
			.update();
	}

	/** Both databases order uuid values as unsigned numbers, most significant half first; Java's own order is signed. */
	static int databaseOrder(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

	private record Row(UUID id, java.time.Instant createdAt) {
	}

}
