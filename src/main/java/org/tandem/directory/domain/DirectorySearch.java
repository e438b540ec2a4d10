package org.tandem.directory.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.directory.Community;
import org.tandem.directory.ProviderStatus;

/**
 * The directory's filter model, shared by the staff directory, the public listing and (later) matching: what a
 * provider must offer, speak, cover and have free. Read from clear columns only, so listing providers opens no key.
 */
public final class DirectorySearch {

	public static final int PAGE_SIZE = 25;

	private DirectorySearch() {
	}

	/**
	 * @param service a service code the provider must offer
	 * @param specialist whether that service must be at specialist depth
	 * @param language a language the provider must work in (any level)
	 * @param country a country the provider must work in, remotely or in person; remote-anywhere providers count
	 * @param region a world region (a {@link org.tandem.platform.Regions} key) the provider must work in, in any of
	 * its countries; remote-anywhere providers count
	 * @param community a community the provider must have served
	 * @param status only providers in this status; null means every status but offboarded
	 * @param freeCapacity only active providers with a free slot and no dated pause today
	 * @param page zero-based page of {@link #PAGE_SIZE}
	 * @param query words the name must have words starting with ("digi def"), or a reference ("p 7k3q9m"); staff only
	 */
	public record Filter(@Nullable String service, boolean specialist, @Nullable String language,
			@Nullable String country, @Nullable String region, @Nullable Community community,
			@Nullable ProviderStatus status, boolean freeCapacity, int page, @Nullable String query) {

		public Filter(@Nullable String service, boolean specialist, @Nullable String language,
				@Nullable String country, @Nullable String region, @Nullable Community community,
				@Nullable ProviderStatus status, boolean freeCapacity, int page) {
			this(service, specialist, language, country, region, community, status, freeCapacity, page, null);
		}

		public static Filter everyone() {
			return new Filter(null, false, null, null, null, null, null, false, 0);
		}

		/** Every provider in one status, a page of them. */
		public static Filter byStatus(ProviderStatus status, int page) {
			return new Filter(null, false, null, null, null, null, status, false, page);
		}

		/** The same filter for active providers only, whatever their free capacity (the public listing; no search). */
		public Filter activeOnly() {
			return new Filter(service, specialist, language, country, region, community, ProviderStatus.ACTIVE, false,
					page, null);
		}

	}

	/** One provider in a result page. */
	public record Row(UUID id, String reference, String displayName, ProviderKind kind, ProviderStatus status,
			String residenceCountry, List<String> services, List<String> languages, int freeSlots,
			@Nullable Instant vettedUntil) {
	}

	public record Page(List<Row> rows, long total, int page) {

		public boolean hasMore() {
			return (long) (page + 1) * PAGE_SIZE < total;
		}

	}

	/** An entry of the public "get help" listing: only what the provider chose to publish. */
	public record PublicEntry(String displayName, ProviderKind kind, @Nullable String summary, @Nullable String contact,
			@Nullable String website, List<String> services, List<String> languages, List<String> countries,
			boolean remoteAnywhere) {
	}

	public record PublicPage(List<PublicEntry> entries, long total, int page) {

		public boolean hasMore() {
			return (long) (page + 1) * PAGE_SIZE < total;
		}

	}

}
