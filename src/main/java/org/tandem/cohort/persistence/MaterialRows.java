package org.tandem.cohort.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A session's materials: files encrypted under the cohort's id, and what the page shows of them. */
@Component
public class MaterialRows {

	/** The most materials one session holds. */
	public static final int LIMIT = 20;

	private final JdbcClient jdbc;

	MaterialRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Material> ofSession(UUID sessionId) {
		return jdbc.sql("""
				select id, session_id, cohort_id, file_id, file_name, media_type, size_bytes, uploaded_at
				from cohort_session_material where session_id = :session order by uploaded_at, id
				fetch first 20 rows only""")
			.param("session", sessionId)
			.query((rs, i) -> new Material(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
					rs.getObject("cohort_id", UUID.class), rs.getObject("file_id", UUID.class),
					rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
					rs.getObject("uploaded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public Optional<Material> find(UUID sessionId, UUID id) {
		return ofSession(sessionId).stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public void insert(Material material, UUID uploadedBy) {
		jdbc.sql("""
				insert into cohort_session_material (id, session_id, cohort_id, file_id, file_name, media_type,
				size_bytes, uploaded_by, uploaded_at) values (:id, :session, :cohort, :file, :name, :type, :size, :by,
				:at)""")
			.param("id", material.id())
			.param("session", material.sessionId())
			.param("cohort", material.cohortId())
			.param("file", material.fileId())
			.param("name", material.fileName())
			.param("type", material.mediaType())
			.param("size", material.sizeBytes())
			.param("by", uploadedBy)
			.param("at", SessionRows.utc(material.uploadedAt()))
			.update();
	}

	public boolean delete(UUID id) {
		return jdbc.sql("delete from cohort_session_material where id = :id").param("id", id).update() == 1;
	}

	/** The file ids of the cohort's materials, to destroy them. */
	public List<UUID> filesOfCohort(UUID cohortId) {
		return jdbc.sql("select file_id from cohort_session_material where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query(UUID.class)
			.list();
	}

	public int deleteOfCohort(UUID cohortId) {
		return jdbc.sql("delete from cohort_session_material where cohort_id = :cohort")
			.param("cohort", cohortId)
			.update();
	}

	/** A material as pages show it. */
	public record Material(UUID id, UUID sessionId, UUID cohortId, UUID fileId, String fileName, String mediaType,
			long sizeBytes, Instant uploadedAt) {
	}

}
