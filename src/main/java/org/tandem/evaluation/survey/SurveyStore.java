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

/**
 * Surveys' rows. A save names the row version the change started from: a stale one changes nothing and is refused.
 * A knowledge check's content (written by the engagement's provider, so it may name the organization) is sealed
 * under its organization's keys in {@code sealed_content}, its clear {@code content} left empty; staff's surveys are
 * reference text, kept in the clear. A check whose keys are destroyed reads as empty.
 */
@Component
class SurveyStore {

	private static final String COLUMNS = "id, family_id, version, kind, status, shipped, engagement_id, organization_id, "
			+ "created_by, content, sealed_content, created_at, updated_at, published_at, row_version";

	private final JdbcClient jdbc;

	private final org.tandem.privacy.Sealer sealer;

	SurveyStore(JdbcClient jdbc, org.tandem.privacy.Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	/** Whether this survey's content is sealed: a knowledge check, which belongs to an organization's engagement. */
	private static boolean sealed(SurveyKind kind, @Nullable UUID organizationId) {
		return kind == SurveyKind.KNOWLEDGE && organizationId != null;
	}

	private static org.tandem.privacy.Place place(UUID surveyId, UUID organizationId) {
		return new org.tandem.privacy.Place("survey", "sealed_content", surveyId.toString(), organizationId);
	}

	private String clearContent(Survey survey) {
		return sealed(survey.kind(), survey.organizationId()) ? "" : survey.content().toJson();
	}

	private byte @Nullable [] sealedContent(Survey survey) {
		UUID organizationId = survey.organizationId();
		if (!sealed(survey.kind(), organizationId)) {
			return null;
		}
		return sealer.seal(place(survey.id(), java.util.Objects.requireNonNull(organizationId)),
				org.tandem.privacy.KeyPurpose.CASE,
				survey.content().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	Survey insert(Survey survey) {
		jdbc.sql("insert into survey (" + COLUMNS + ") values (:id, :family, :version, :kind, :status, :shipped, "
				+ ":engagement, :organization, :createdBy, :content, :sealed, :createdAt, :updatedAt, :publishedAt, 0)")
			.param("id", survey.id())
			.param("family", survey.familyId())
			.param("version", survey.version())
			.param("kind", survey.kind().name())
			.param("status", survey.status().name())
			.param("shipped", survey.shipped())
			.param("engagement", survey.engagementId())
			.param("organization", survey.organizationId())
			.param("createdBy", survey.createdBy())
			.param("content", clearContent(survey))
			.param("sealed", sealedContent(survey))
			.param("createdAt", Timestamp.from(survey.createdAt()))
			.param("updatedAt", Timestamp.from(survey.updatedAt()))
			.param("publishedAt", survey.publishedAt() == null ? null : Timestamp.from(survey.publishedAt()))
			.update();
		return survey;
	}

	/** Saves the survey's content and status if its row is still at the version it was read at. */
	void update(Survey survey) {
		int changed = jdbc.sql("update survey set status = :status, content = :content, sealed_content = :sealed, "
				+ "updated_at = :updatedAt, published_at = :publishedAt, row_version = row_version + 1 "
				+ "where id = :id and row_version = :seen")
			.param("status", survey.status().name())
			.param("content", clearContent(survey))
			.param("sealed", sealedContent(survey))
			.param("updatedAt", Timestamp.from(survey.updatedAt()))
			.param("publishedAt", survey.publishedAt() == null ? null : Timestamp.from(survey.publishedAt()))
			.param("id", survey.id())
			.param("seen", survey.rowVersion())
			.update();
		if (changed != 1) {
			throw new InvalidInput("version", "evaluation.survey.stale");
		}
	}

	/**
	 * Seals the knowledge checks still kept in the clear (written before V58), a batch at a time; answers how many.
	 * Run at start ({@link KnowledgeCheckSealing}).
	 */
	int sealClearKnowledgeChecks(int batch) {
		List<Survey> clear = jdbc.sql("select " + COLUMNS + " from survey where kind = 'KNOWLEDGE' "
				+ "and organization_id is not null and sealed_content is null fetch first " + batch + " rows only")
			.query(this::row)
			.list();
		for (Survey survey : clear) {
			jdbc.sql("update survey set content = '', sealed_content = :sealed where id = :id and sealed_content is null")
				.param("sealed", sealedContent(survey))
				.param("id", survey.id())
				.update();
		}
		return clear.size();
	}

	Optional<Survey> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from survey where id = :id").param("id", id).query(this::row)
			.optional();
	}

	Optional<Survey> shipped(String key) {
		return jdbc.sql("select " + COLUMNS + " from survey where shipped = :key order by version desc fetch first 1 rows only")
			.param("key", key)
			.query(this::row)
			.optional();
	}

	Optional<Survey> publishedShipped(String key) {
		return jdbc.sql("select " + COLUMNS + " from survey where shipped = :key and status = 'PUBLISHED' "
				+ "order by version desc fetch first 1 rows only")
			.param("key", key)
			.query(this::row)
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
		return spec.query(this::row).list();
	}

	List<Survey> ofEngagement(UUID engagementId) {
		return jdbc.sql("select " + COLUMNS + " from survey where engagement_id = :e order by created_at desc, id desc "
				+ "fetch first 100 rows only").param("e", engagementId).query(this::row).list();
	}

	int countOfEngagement(UUID engagementId) {
		return jdbc.sql("select count(*) from survey where engagement_id = :e").param("e", engagementId)
			.query(Integer.class).single();
	}

	Survey row(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		UUID id = rs.getObject("id", UUID.class);
		SurveyKind kind = SurveyKind.valueOf(rs.getString("kind"));
		UUID organizationId = rs.getObject("organization_id", UUID.class);
		byte[] sealedBytes = rs.getBytes("sealed_content");
		SurveyContent content;
		if (sealedBytes != null && organizationId != null) {
			content = sealer.open(place(id, organizationId), org.tandem.privacy.KeyPurpose.CASE, sealedBytes)
				.map(bytes -> SurveyContent.fromJson(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)))
				.orElse(SurveyContent.empty(List.of("en")));
		}
		else {
			content = SurveyContent.fromJson(rs.getString("content"));
		}
		return new Survey(id, rs.getObject("family_id", UUID.class), rs.getInt("version"), kind,
				SurveyStatus.valueOf(rs.getString("status")), rs.getString("shipped"),
				rs.getObject("engagement_id", UUID.class), organizationId, rs.getObject("created_by", UUID.class),
				content, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant(),
				rs.getLong("row_version"));
	}

}
