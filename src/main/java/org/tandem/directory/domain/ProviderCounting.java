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

	private final JdbcClient jdbc;

	ProviderCounting(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	@Transactional
	public void setCounted(UUID providerId, boolean counted) {
		jdbc.sql("update provider set count_answers = :counted where id = :id")
			.param("counted", counted)
			.param("id", providerId)
			.update();
	}

}
