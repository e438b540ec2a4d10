package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.StatusPageSection;

/**
 * The engagement's word on the requester's status page (ADR 0017): once staff linked the request's handoff to an
 * organization, the page says that the work goes on in a shared workspace, which the organization's members reach by
 * signing in. The handoff still says where the request stands (contact, follow-ups, finished); this adds no progress
 * of its own, holds no slot and finishes nothing. It names nothing of the engagement: the status link is all the
 * requester holds, and it may be in someone else's hands.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EngagementProgress implements RequestProgress {

	private final JdbcClient jdbc;

	EngagementProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, Progress> progress(Collection<UUID> requestIds) {
		return Map.of();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatusPageSection> sectionsFor(UUID requestId) {
		boolean open = jdbc.sql("select count(*) from engagement where request_id = :request")
			.param("request", requestId)
			.query(Long.class)
			.single() > 0;
		return open ? List.of(new StatusPageSection("engagement.status.title", "engagement.status.text", "", "", false))
				: List.of();
	}

	@Override
	public Map<UUID, UUID> heldSlots() {
		return Map.of();
	}

	@Override
	public List<UUID> finishedBefore(Instant cutoff) {
		return List.of();
	}

	@Override
	public List<UUID> anonymousInContact() {
		return List.of();
	}

}
