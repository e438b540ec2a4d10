package org.tandem.handoff.persistence;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds one to a counter row, creating it at zero first. The insert that does nothing when the row exists waits for a
 * concurrent insert of the same row to commit, so two transactions counting into the same new row both count, on
 * PostgreSQL and on H2, without failing either.
 */
final class Counters {

	private Counters() {
	}

	/**
	 * @param table a counter table of this module, with an integer column {@code handoffs}
	 * @param key the row's key, column by column (names from this module's code, never from input)
	 */
	static void increment(JdbcClient jdbc, String table, Map<String, Object> key) {
		String columns = String.join(", ", key.keySet());
		String values = key.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
		String where = key.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(" and "));
		jdbc.sql("insert into " + table + " (" + columns + ", handoffs) values (" + values + ", 0) on conflict do nothing")
			.params(key)
			.update();
		int updated = jdbc.sql("update " + table + " set handoffs = handoffs + 1 where " + where).params(key).update();
		if (updated != 1) {
			throw new IllegalStateException("Counter row not found in " + table);
		}
	}

}
