package org.tandem.directory.persistence;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The words of providers' names, for the staff directory's search by name (V19). A provider's display name is public
 * profile data, in the clear (docs/privacy.md), so its words are kept plainly: lower case, accents removed, each found
 * by a prefix range on the primary key's index ({@code token like 'defen%'}), never by scanning names.
 */
@Repository
public class ProviderNameIndex {

	private static final int TOKEN_LENGTH = 120;

	private final JdbcClient jdbc;

	ProviderNameIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rewrites a provider's words after a save. */
	public void index(UUID providerId, String displayName) {
		List<String> tokens = words(displayName);
		List<String> stored = jdbc.sql("select token from provider_name_token where provider_id = :id order by token")
			.param("id", providerId)
			.query(String.class)
			.list();
		if (stored.equals(tokens)) {
			return;
		}
		jdbc.sql("delete from provider_name_token where provider_id = :id").param("id", providerId).update();
		for (String token : tokens) {
			jdbc.sql("insert into provider_name_token (token, provider_id) values (:token, :id)")
				.param("token", token)
				.param("id", providerId)
				.update();
		}
	}

	/** The distinct words of a text, normalized and sorted: what is indexed, and what a search looks for. */
	public static List<String> words(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.map(w -> w.length() > TOKEN_LENGTH ? w.substring(0, TOKEN_LENGTH) : w)
			.distinct()
			.sorted()
			.toList();
	}

}
