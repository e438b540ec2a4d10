package org.tandem.cohort.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.cohort.domain.Announcement;
import org.tandem.cohort.domain.CohortResource;

/**
 * The cohort's space: announcements, the people's digest choices and shared resources. Every query names its cohort,
 * so a page about one cohort never reads another's; every list runs on an index serving its order.
 */
@Repository
public class SpaceRows {

	private final JdbcClient jdbc;

	SpaceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- announcements ----------------------------------------------------------------------------------------------

	public void insert(Announcement a) {
		jdbc.sql("""
				insert into cohort_announcement (id, cohort_id, title, body, mailed, posted_by, posted_at)
				values (:id, :cohort, :title, :body, :mailed, :by, :at)""")
			.param("id", a.id())
			.param("cohort", a.cohortId())
			.param("title", a.title())
			.param("body", a.body())
			.param("mailed", a.mailed())
			.param("by", a.postedBy())
			.param("at", at(a.postedAt()))
			.update();
	}

	public Optional<Announcement> announcement(UUID cohortId, UUID id) {
		return jdbc.sql("select * from cohort_announcement where cohort_id = :cohort and id = :id")
			.param("cohort", cohortId)
			.param("id", id)
			.query(SpaceRows::announcement)
			.optional();
	}

	/** Withdraws (deletes) an announcement of the cohort; false if there is none. */
	public boolean deleteAnnouncement(UUID cohortId, UUID id) {
		return jdbc.sql("delete from cohort_announcement where cohort_id = :cohort and id = :id")
			.param("cohort", cohortId)
			.param("id", id)
			.update() > 0;
	}

	/** The cohort's announcements, newest first, {@code limit} after the (posted_at, id) key (none: the first). */
	public List<Announcement> newest(UUID cohortId, @Nullable Instant beforeAt, @Nullable UUID beforeId, int limit) {
		String after = beforeAt == null ? ""
				: "and (posted_at < :at or (posted_at = :at and id < :id)) ";
		var statement = jdbc.sql("select * from cohort_announcement where cohort_id = :cohort " + after
				+ "order by posted_at desc, id desc fetch first :limit rows only")
			.param("cohort", cohortId)
			.param("limit", limit);
		if (beforeAt != null) {
			statement = statement.param("at", at(beforeAt)).param("id", beforeId);
		}
		return statement.query(SpaceRows::announcement).list();
	}

	/** The cohort's announcements posted after {@code from} up to {@code to}, newest first, at most {@code limit}. */
	public List<Announcement> between(UUID cohortId, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				select * from cohort_announcement where cohort_id = :cohort and posted_at > :from and posted_at <= :to
				order by posted_at desc, id desc fetch first :limit rows only""")
			.param("cohort", cohortId)
			.param("from", at(from))
			.param("to", at(to))
			.param("limit", limit)
			.query(SpaceRows::announcement)
			.list();
	}

	// --- digest choices ---------------------------------------------------------------------------------------------

	public boolean digestChosen(UUID cohortId, UUID accountId) {
		return jdbc.sql("select count(*) from cohort_announcement_digest where cohort_id = :cohort and account_id = :a")
			.param("cohort", cohortId)
			.param("a", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/** Chooses the digest (from now on); choosing it twice changes nothing. */
	public void chooseDigest(UUID cohortId, UUID accountId, Instant now) {
		if (digestChosen(cohortId, accountId)) {
			return;
		}
		try {
			jdbc.sql("""
					insert into cohort_announcement_digest (cohort_id, account_id, chosen_at, covered_until)
					values (:cohort, :a, :now, :now)""")
				.param("cohort", cohortId)
				.param("a", accountId)
				.param("now", at(now))
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException sameMoment) {
			// chosen at the same moment in another tab: already chosen
		}
	}

	public void dropDigest(UUID cohortId, UUID accountId) {
		jdbc.sql("delete from cohort_announcement_digest where cohort_id = :cohort and account_id = :a")
			.param("cohort", cohortId)
			.param("a", accountId)
			.update();
	}

	/** The choices whose last digest covered up to {@code before} or earlier, oldest first, at most {@code limit}. */
	public List<DigestChoice> digestsDue(Instant before, int limit) {
		return jdbc.sql("""
				select cohort_id, account_id, covered_until from cohort_announcement_digest where covered_until <= :before
				order by covered_until, cohort_id, account_id fetch first :limit rows only""")
			.param("before", at(before))
			.param("limit", limit)
			.query((rs, row) -> new DigestChoice(rs.getObject("cohort_id", UUID.class),
					rs.getObject("account_id", UUID.class), AgreementTextRows.instant(rs, "covered_until")))
			.list();
	}

	/**
	 * Moves a choice's "covered until" from what was read to {@code to}; false if another run moved it meanwhile (so
	 * a digest is mailed once, whichever instance runs the job).
	 */
	public boolean advanceDigest(DigestChoice choice, Instant to) {
		return jdbc.sql("""
				update cohort_announcement_digest set covered_until = :to
				where cohort_id = :cohort and account_id = :a and covered_until = :from""")
			.param("to", at(to))
			.param("cohort", choice.cohortId())
			.param("a", choice.accountId())
			.param("from", at(choice.coveredUntil()))
			.update() > 0;
	}

	/** A person's choice of the weekly digest, and up to when the last one covered. */
	public record DigestChoice(UUID cohortId, UUID accountId, Instant coveredUntil) {
	}

	// --- resources --------------------------------------------------------------------------------------------------

	public void insert(CohortResource r) {
		jdbc.sql("""
				insert into cohort_resource (id, cohort_id, kind, title, description, url, file_id, file_name,
				content_type, size_bytes, added_by, added_at)
				values (:id, :cohort, :kind, :title, :description, :url, :file, :name, :type, :size, :by, :at)""")
			.param("id", r.id())
			.param("cohort", r.cohortId())
			.param("kind", r.kind().name())
			.param("title", r.title())
			.param("description", r.description())
			.param("url", r.url())
			.param("file", r.fileId())
			.param("name", r.fileName())
			.param("type", r.contentType())
			.param("size", r.sizeBytes())
			.param("by", r.addedBy())
			.param("at", at(r.addedAt()))
			.update();
	}

	public Optional<CohortResource> resource(UUID cohortId, UUID id) {
		return jdbc.sql("select * from cohort_resource where cohort_id = :cohort and id = :id")
			.param("cohort", cohortId)
			.param("id", id)
			.query(SpaceRows::resource)
			.optional();
	}

	/** The cohort's resources, newest first, at most {@code limit}. */
	public List<CohortResource> resources(UUID cohortId, int limit) {
		return jdbc.sql("""
				select * from cohort_resource where cohort_id = :cohort order by added_at desc, id desc
				fetch first :limit rows only""")
			.param("cohort", cohortId)
			.param("limit", limit)
			.query(SpaceRows::resource)
			.list();
	}

	public long resourceCount(UUID cohortId) {
		return jdbc.sql("select count(*) from cohort_resource where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query(Long.class)
			.single();
	}

	public boolean deleteResource(UUID cohortId, UUID id) {
		return jdbc.sql("delete from cohort_resource where cohort_id = :cohort and id = :id")
			.param("cohort", cohortId)
			.param("id", id)
			.update() > 0;
	}

	// --- forgetting -------------------------------------------------------------------------------------------------

	/** Deletes the cohort's announcements, digest choices and resources; returns the files whose bytes to destroy. */
	List<UUID> forget(UUID cohortId) {
		List<UUID> files = jdbc.sql("select file_id from cohort_resource where cohort_id = :cohort and file_id is not null")
			.param("cohort", cohortId)
			.query(UUID.class)
			.list();
		for (String table : List.of("cohort_announcement", "cohort_announcement_digest", "cohort_resource")) {
			jdbc.sql("delete from " + table + " where cohort_id = :cohort").param("cohort", cohortId).update();
		}
		return files;
	}

	private static Announcement announcement(ResultSet rs, int row) throws SQLException {
		return new Announcement(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
				rs.getString("title"), rs.getString("body"), rs.getBoolean("mailed"),
				rs.getObject("posted_by", UUID.class), AgreementTextRows.instant(rs, "posted_at"));
	}

	private static CohortResource resource(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong("size_bytes");
		Long sizeBytes = rs.wasNull() ? null : size;
		return new CohortResource(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
				CohortResource.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				rs.getString("url"), rs.getObject("file_id", UUID.class), rs.getString("file_name"),
				rs.getString("content_type"), sizeBytes, rs.getObject("added_by", UUID.class),
				AgreementTextRows.instant(rs, "added_at"));
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
