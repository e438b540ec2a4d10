package org.tandem.directory.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.platform.MailOutbox;
import org.tandem.privacy.PurgeParticipant;

/**
 * The directory part of a purge, for an offboarded provider who asked to be erased: the provider, their ledger,
 * vouches, agreements and profile rows, and mail to them not yet sent. Owners that are not providers have none.
 */
@Component
class DirectoryPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	private final MailOutbox mail;

	DirectoryPurge(JdbcClient jdbc, MailOutbox mail) {
		this.jdbc = jdbc;
		this.mail = mail;
	}

	@Override
	public String name() {
		return "directory";
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		for (String table : new String[] { "provider_ledger", "provider_vouch", "provider_agreement",
				"provider_service", "provider_language", "provider_country", "provider_community",
				"provider_pause" }) {
			int n = jdbc.sql("delete from " + table + " where provider_id = :id").param("id", owner).update();
			if (n > 0) {
				destroyed.put("directory." + table.substring("provider_".length()), n);
			}
		}
		int providers = jdbc.sql("delete from provider where id = :id").param("id", owner).update();
		if (providers > 0) {
			destroyed.put("directory.providers", providers);
		}
		int queued = mail.discard(owner);
		if (queued > 0) {
			destroyed.put("directory.queued-mail", queued);
		}
		return destroyed;
	}

}
