package org.tandem.matching.persistence;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.matching.engine.Component;
import org.tandem.matching.engine.Weights;

/** The hub's matching settings: the weights of the score and the regions marked as underserved. */
@Repository
public class HubSettings {

	private final JdbcClient jdbc;

	HubSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The saved weights; components never saved have their default weight. */
	public Weights weights() {
		Map<Component, Integer> values = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			values.put(c, c.defaultWeight());
		}
		jdbc.sql("select component, weight from match_weight").query((rs, n) -> {
			try {
				values.put(Component.valueOf(rs.getString(1)), rs.getInt(2));
			}
			catch (IllegalArgumentException retired) {
				// a component no longer scored
			}
			return null;
		}).list();
		return new Weights(values);
	}

	/** Saves the weights and the underserved regions together. */
	@org.springframework.transaction.annotation.Transactional
	public void save(Weights weights, Set<String> underserved, UUID actor, Instant now) {
		saveWeights(weights, actor, now);
		saveUnderservedRegions(underserved, actor, now);
	}

	void saveWeights(Weights weights, UUID actor, Instant now) {
		jdbc.sql("delete from match_weight").update();
		weights.values().forEach((c, w) -> jdbc.sql("""
				insert into match_weight (component, weight, updated_by, updated_at)
				values (:component, :weight, :actor, :now)""")
			.param("component", c.name())
			.param("weight", w)
			.param("actor", actor)
			.param("now", now.atOffset(java.time.ZoneOffset.UTC))
			.update());
	}

	/** When the weights were last saved, if ever. */
	public @Nullable Instant weightsSavedAt() {
		return jdbc.sql("select max(updated_at) from match_weight")
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.map(java.time.OffsetDateTime::toInstant)
			.findFirst()
			.orElse(null);
	}

	public Set<String> underservedRegions() {
		return new TreeSet<>(jdbc.sql("select region from match_underserved_region").query(String.class).list());
	}

	void saveUnderservedRegions(Set<String> regions, UUID actor, Instant now) {
		jdbc.sql("delete from match_underserved_region").update();
		regions.forEach(r -> jdbc.sql("""
				insert into match_underserved_region (region, marked_by, marked_at) values (:region, :actor, :now)""")
			.param("region", r)
			.param("actor", actor)
			.param("now", now.atOffset(java.time.ZoneOffset.UTC))
			.update());
	}

}
