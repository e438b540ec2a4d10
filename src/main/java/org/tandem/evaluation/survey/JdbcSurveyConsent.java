package org.tandem.evaluation.survey;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.directory.Providers;

/**
 * Consent as it is stored today: the provider's own setting (directory's door), and for organizations the column
 * {@code organization.count_answers} that the disclosure work adds (counted unless they asked not to be). Until that
 * column exists, every organization counts as consenting; each respondent still decides for their own answer.
 */
@Component
class JdbcSurveyConsent implements SurveyConsent {

	private final JdbcClient jdbc;

	private final Providers providers;

	private final DataSource dataSource;

	private volatile Boolean organizationColumn;

	JdbcSurveyConsent(JdbcClient jdbc, Providers providers, DataSource dataSource) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.dataSource = dataSource;
	}

	@Override
	public boolean organizationCounted(UUID organizationId) {
		if (!hasOrganizationColumn()) {
			return true;
		}
		return jdbc.sql("select count_answers from organization where id = :id")
			.param("id", organizationId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	@Override
	public boolean providerCounted(UUID providerId) {
		return providers.counted(providerId);
	}

	private boolean hasOrganizationColumn() {
		Boolean known = organizationColumn;
		if (known == null) {
			try (var connection = dataSource.getConnection()) {
				DatabaseMetaData meta = connection.getMetaData();
				boolean found = false;
				for (String table : new String[] { "organization", "ORGANIZATION" }) {
					for (String column : new String[] { "count_answers", "COUNT_ANSWERS" }) {
						try (ResultSet rs = meta.getColumns(null, null, table, column)) {
							found |= rs.next();
						}
					}
				}
				known = found;
			}
			catch (java.sql.SQLException e) {
				known = false;
			}
			organizationColumn = known;
		}
		return known;
	}

}
