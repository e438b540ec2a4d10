package org.tandem.intake.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Status links, kept as digests only: the link's token and the code shown with it never reach the database. A
 * link outlives its request's purge (marked purged) so the requester can still reach the purge receipt, until the
 * retention period for purged links ends.
 */
@Repository
public class RequestLinks {

	private final JdbcClient jdbc;

	RequestLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(String linkDigest, UUID requestId, String codeDigest, Instant now) {
		jdbc.sql("""
				insert into help_request_link (link_digest, request_id, code_digest, created_at)
				values (:link, :request, :code, :now)""")
			.param("link", linkDigest)
			.param("request", requestId)
			.param("code", codeDigest)
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<Link> find(String linkDigest) {
		return jdbc.sql("select request_id, code_digest, purged_at from help_request_link where link_digest = :link")
			.param("link", linkDigest)
			.query((rs, n) -> new Link(rs.getObject("request_id", UUID.class), rs.getString("code_digest"),
					rs.getTimestamp("purged_at") == null ? null : rs.getTimestamp("purged_at").toInstant()))
			.optional();
	}

	int markPurged(UUID requestId, Instant now) {
		return jdbc.sql("update help_request_link set purged_at = :now where request_id = :request and purged_at is null")
			.param("now", Timestamp.from(now))
			.param("request", requestId)
			.update();
	}

	int deletePurgedBefore(Instant cutoff) {
		return jdbc.sql("delete from help_request_link where purged_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	/** A link as stored: the request it opens, the digest its code must match, and when the request was purged. */
	public record Link(UUID requestId, String codeDigest, @Nullable Instant purgedAt) {
	}

}
