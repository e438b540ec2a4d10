package org.tandem.cohort.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementText;
import org.tandem.cohort.domain.AgreementVersion;

/**
 * The agreements' versions and their texts. Only inserts: a version is never changed nor deleted. A kind has a
 * handful of versions over the years, so its list is read whole.
 */
@Repository
public class AgreementTextRows {

	private final JdbcClient jdbc;

	AgreementTextRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The highest version of the kind, 0 before the first. */
	public int latestNumber(Kind kind) {
		Integer latest = jdbc.sql("select max(version_number) from cohort_agreement_version where kind = :kind")
			.param("kind", kind.name())
			.query(Integer.class)
			.optional()
			.orElse(null);
		return latest == null ? 0 : latest;
	}

	/** The kind's versions, newest first. */
	public List<AgreementVersion> versions(Kind kind) {
		return jdbc.sql("""
				select kind, version_number, published_at, published_by from cohort_agreement_version
				where kind = :kind order by version_number desc""")
			.param("kind", kind.name())
			.query(AgreementTextRows::version)
			.list();
	}

	/** One version with its texts in every language. */
	public Optional<AgreementText> text(Kind kind, int number) {
		Optional<AgreementVersion> version = jdbc.sql("""
				select kind, version_number, published_at, published_by from cohort_agreement_version
				where kind = :kind and version_number = :number""")
			.param("kind", kind.name())
			.param("number", number)
			.query(AgreementTextRows::version)
			.optional();
		return version.map(v -> {
			Map<String, String> texts = new LinkedHashMap<>();
			jdbc.sql("""
					select language, body from cohort_agreement_text where kind = :kind and version_number = :number""")
				.param("kind", kind.name())
				.param("number", number)
				.query((rs, row) -> texts.put(rs.getString("language"), rs.getString("body")))
				.list();
			return new AgreementText(v, texts);
		});
	}

	/** Adds a version; fails (duplicate key) if the number was taken meanwhile. */
	public void insert(AgreementText text) {
		AgreementVersion version = text.version();
		jdbc.sql("""
				insert into cohort_agreement_version (kind, version_number, published_at, published_by)
				values (:kind, :number, :publishedAt, :publishedBy)""")
			.param("kind", version.kind().name())
			.param("number", version.number())
			.param("publishedAt", OffsetDateTime.ofInstant(version.publishedAt(), ZoneOffset.UTC))
			.param("publishedBy", version.publishedBy())
			.update();
		for (Map.Entry<String, String> entry : text.texts().entrySet()) {
			jdbc.sql("""
					insert into cohort_agreement_text (kind, version_number, language, body)
					values (:kind, :number, :language, :body)""")
				.param("kind", version.kind().name())
				.param("number", version.number())
				.param("language", entry.getKey())
				.param("body", entry.getValue())
				.update();
		}
	}

	private static AgreementVersion version(ResultSet rs, int row) throws SQLException {
		return new AgreementVersion(Kind.valueOf(rs.getString("kind")), rs.getInt("version_number"),
				instant(rs, "published_at"), rs.getObject("published_by", UUID.class));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
