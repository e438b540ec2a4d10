package org.tandem.directory.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The directory part of a purge, for an offboarded provider who asked to be erased: the provider, their ledger,
 * vouches, agreements and profile rows. Owners that are not providers have none.
 */
@Component
class DirectoryPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	DirectoryPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "directory";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("directory.ledger", "directory.vouch", "directory.agreement", "directory.service",
				"directory.language", "directory.country", "directory.community", "directory.pause", "directory.providers");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		if (jdbc.sql("select count(*) from provider where id = :id").param("id", owner).query(Long.class).single() == 0) {
			return destroyed;
		}
		for (String table : new String[] { "provider_ledger", "provider_vouch", "provider_agreement",
				"provider_service", "provider_language", "provider_country", "provider_community",
				"provider_pause" }) {
			destroyed.put("directory." + table.substring("provider_".length()),
					jdbc.sql("delete from " + table + " where provider_id = :id").param("id", owner).update());
		}
		// the words of the name are the name again (the cascade would take them too): not a kind of its own on the receipt
		jdbc.sql("delete from provider_name_token where provider_id = :id").param("id", owner).update();
		destroyed.put("directory.providers", jdbc.sql("delete from provider where id = :id").param("id", owner).update());
		destroyed.values().removeIf(n -> n == 0);
		return destroyed;
	}

}
