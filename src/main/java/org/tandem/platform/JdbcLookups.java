package org.tandem.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Small reads that several modules make the same way. */
public final class JdbcLookups {

	private JdbcLookups() {
	}

	/**
	 * One text column for many rows in one query: {@code sql} selects the id and the text, in that order, for the
	 * ids in {@code :ids}. Ids with no row are absent from the answer; no ids, no query.
	 */
	public static Map<UUID, String> textById(JdbcClient jdbc, String sql, Collection<UUID> ids) {
		Map<UUID, String> texts = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql(sql).param("ids", Set.copyOf(ids)).query(rs -> {
				texts.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		}
		return texts;
	}

}
