package org.tandem.directory.domain;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a provider's follow-up answers may be counted anonymously (the commitment "providers who ask are not
 * included"): counted unless they ask not to be, on their page or on a survey. Kept apart from the {@link Provider}
 * aggregate: no vetting rule reads it, nothing else changes with it, and a provider saved from an older page must not
 * undo it.
 */
@Component
public class ProviderCounting {

	/** Ids per query: an {@code in} list stays short whatever the caller hands over. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final java.time.Clock clock;

	ProviderCounting(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Whether this provider lets their answers be counted; false for a provider who is gone. */
	@Transactional(readOnly = true)
	public boolean counted(UUID providerId) {
		return jdbc.sql("select count_answers from provider where id = :id")
			.param("id", providerId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Those of these providers that let their answers be counted (unknown ones are left out). */
	@Transactional(readOnly = true)
	public java.util.Set<UUID> counted(java.util.Collection<UUID> providerIds) {
		java.util.List<UUID> ids = new java.util.ArrayList<>(new java.util.HashSet<>(providerIds));
		java.util.Set<UUID> counted = new java.util.HashSet<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			counted.addAll(jdbc.sql("select id from provider where count_answers = true and id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(UUID.class)
				.list());
		}
		return counted;
	}

	/** Records the choice; a change is announced ({@link org.tandem.platform.CountingChanged}) once it commits. */
	@Transactional
	public void setCounted(UUID providerId, boolean counted) {
		int changed = jdbc.sql("update provider set count_answers = :counted where id = :id and count_answers <> :counted")
			.param("counted", counted)
			.param("id", providerId)
			.update();
		if (changed > 0) {
			events.publishEvent(new org.tandem.platform.CountingChanged(
					org.tandem.platform.CountingChanged.Party.PROVIDER, providerId, counted, clock.instant()));
		}
	}

}
