package org.tandem.evaluation.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.InvalidInput;

/** Surveys' rows. A save names the row version the change started from: a stale one changes nothing and is refused. */
@Component
class SurveyStore {

	private static final String COLUMNS = "id, family_id, version, kind, status, shipped, engagement_id, organization_id, "
			+ "created_by, content, created_at, updated_at, published_at, row_version";

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Survey insert(Survey survey) {
		jdbc.sql("insert into survey (" + COLUMNS + ") values (:id, :family, :version, :kind, :status, :shipped, "
				+ ":engagement, :organization, :createdBy, :content, :createdAt, :updatedAt, :publishedAt, 0)")
			.param("id", survey.id())
			.param("family", survey.familyId())
			.param("version", survey.version())
			.param("kind", survey.kind().name())
			.param("status", survey.status().name())
			.param("shipped", survey.shipped())
			.param("engagement", survey.engagementId())
			.param("organization", survey.organizationId())
			.param("createdBy", survey.createdBy())
			.param("content", survey.content().toJson())
			.param("createdAt", Timestamp.from(survey.createdAt()))
			.param("updatedAt", Timestamp.from(survey.updatedAt()))
			.param("publishedAt", survey.publishedAt() == null ? null : Timestamp.from(survey.publishedAt()))
			.update();
		return survey;
	}

	/** Saves the survey's content and status if its row is still at the version it was read at. */
	void update(Survey survey) {
		int changed = jdbc.sql("update survey set status = :status, content = :content, updated_at = :updatedAt, "
				+ "published_at = :publishedAt, row_version = row_version + 1 where id = :id and row_version = :seen")
			.param("status", survey.status().name())
			.param("content", survey.content().toJson())
			.param("updatedAt", Timestamp.from(survey.updatedAt()))
			.param("publishedAt", survey.publishedAt() == null ? null : Timestamp.from(survey.publishedAt()))
			.param("id", survey.id())
			.param("seen", survey.rowVersion())
			.update();
		if (changed != 1) {
			throw new InvalidInput("version", "evaluation.survey.stale");
		}
	}

	Optional<Survey> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from survey where id = :id").param("id", id).query(SurveyStore::row)
			.optional();
	}

	Optional<Survey> shipped(String key) {
		return jdbc.sql("select " + COLUMNS + " from survey where shipped = :key order by version desc fetch first 1 rows only")
			.param("key", key)
			.query(SurveyStore::row)
			.optional();
	}

	Optional<Survey> publishedShipped(String key) {
		return jdbc.sql("select " + COLUMNS + " from survey where shipped = :key and status = 'PUBLISHED' "
				+ "order by version desc fetch first 1 rows only")
			.param("key", key)
			.query(SurveyStore::row)
			.optional();
	}

	/** A new version is published: the family's older published versions are sent no more. */
	void retireOthers(UUID familyId, UUID published, Instant now) {
		jdbc.sql("update survey set status = 'RETIRED', updated_at = :now, row_version = row_version + 1 "
				+ "where family_id = :f and status = 'PUBLISHED' and id <> :id")
			.param("now", Timestamp.from(now)).param("f", familyId).param("id", published).update();
	}

	int latestVersion(UUID familyId) {
		return jdbc.sql("select max(version) from survey where family_id = :f").param("f", familyId)
			.query(Integer.class).single();
	}

	/** A page of surveys of a kind (and status, if given), newest first, from a key. */
	List<Survey> page(SurveyKind kind, @Nullable SurveyStatus status, @Nullable Instant at, @Nullable UUID id,
			int limit) {
		String where = "kind = :kind" + (status == null ? "" : " and status = :status")
				+ (at == null ? "" : " and (created_at < :at or (created_at = :at and id < :id))");
		JdbcClient.StatementSpec spec = jdbc
			.sql("select " + COLUMNS + " from survey where " + where + " order by created_at desc, id desc fetch first "
					+ limit + " rows only")
			.param("kind", kind.name());
		if (status != null) {
			spec = spec.param("status", status.name());
		}
		if (at != null) {
			spec = spec.param("at", Timestamp.from(at)).param("id", id);
		}
		return spec.query(SurveyStore::row).list();
	}

	List<Survey> ofEngagement(UUID engagementId) {
		return jdbc.sql("select " + COLUMNS + " from survey where engagement_id = :e order by created_at desc, id desc "
				+ "fetch first 100 rows only").param("e", engagementId).query(SurveyStore::row).list();
	}

	int countOfEngagement(UUID engagementId) {
		return jdbc.sql("select count(*) from survey where engagement_id = :e").param("e", engagementId)
			.query(Integer.class).single();
	}

	static Survey row(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Survey(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class), rs.getInt("version"),
				SurveyKind.valueOf(rs.getString("kind")), SurveyStatus.valueOf(rs.getString("status")),
				rs.getString("shipped"), rs.getObject("engagement_id", UUID.class),
				rs.getObject("organization_id", UUID.class), rs.getObject("created_by", UUID.class),
				SurveyContent.fromJson(rs.getString("content")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant(),
				rs.getLong("row_version"));
	}

}
