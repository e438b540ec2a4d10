package org.tandem.directory.persistence;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
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

	/**
	 * Indexes, at start-up, every provider that has no words yet (providers saved before the index existed), a page at a
	 * time; returns how many were indexed. A name without any letter or digit has no words and is left out.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public int indexMissing() {
		int indexed = 0;
		UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
		boolean first = true;
		while (true) {
			List<Named> page = jdbc.sql("""
					select p.id, p.display_name from provider p
					where (:first or p.id > :after)
					and not exists (select 1 from provider_name_token t where t.provider_id = p.id)
					order by p.id fetch first 500 rows only""")
				.param("first", first)
				.param("after", after)
				.query(Named.class)
				.list();
			if (page.isEmpty()) {
				return indexed;
			}
			for (Named named : page) {
				if (!words(named.displayName()).isEmpty()) {
					index(named.id(), named.displayName());
					indexed++;
				}
			}
			after = page.get(page.size() - 1).id();
			first = false;
		}
	}

	record Named(UUID id, String displayName) {
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
