package org.tandem.intake.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.WorkingLanguages;

/**
 * A request's working languages, a row each, for the queue's language filter (V59): written once with the request,
 * in one statement, and deleted with it (the foreign key cascades). Only the languages the form offers are kept, as
 * only those can be filtered on.
 */
@Repository
public class RequestLanguages {

	private final JdbcClient jdbc;

	RequestLanguages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(UUID requestId, List<String> languages) {
		List<String> known = languages.stream().distinct().filter(WorkingLanguages.CODES::contains).toList();
		if (known.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("insert into help_request_language (language, request_id) values ");
		for (int i = 0; i < known.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(:l").append(i).append(", :request)");
		}
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("request", requestId);
		for (int i = 0; i < known.size(); i++) {
			statement = statement.param("l" + i, known.get(i));
		}
		statement.update();
	}

}
