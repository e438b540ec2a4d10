package org.tandem.directory.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;

/**
 * What an active provider chose to show in the public "get help" directory: a summary and a way to reach them.
 * Services, languages and countries come from the profile; nothing else is ever published. Stored on the provider's
 * own row.
 */
public record Listing(boolean listed, @Column("public_summary") @Nullable String summary,
		@Column("public_contact") @Nullable String contact) {

	/** Taken out of the directory; what was written stays for a later listing. */
	Listing unlisted() {
		return new Listing(false, summary, contact);
	}

}
