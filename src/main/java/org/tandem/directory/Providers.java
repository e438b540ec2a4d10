package org.tandem.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory's door: what other modules may read of providers and the few changes they may ask of it. Matching
 * reads candidates (providers in service or able to return to it: vetted, active, paused) and the vocabularies;
 * the handoff reads contacts and summaries, opens engagements and keeps the provider's choice about counting.
 */
public interface Providers {

	// --- matching ---------------------------------------------------------------------------------------------------

	/** Every provider in service or able to return to it (vetted, active, paused). */
	List<ProviderCandidate> candidates();

	/** A provider as matching reads them, unless offboarded. */
	Optional<ProviderCandidate> candidate(UUID id);

	/** The services taxonomy's codes, in its order. */
	List<String> serviceCodes();

	/** The communities providers declare having served. */
	List<String> communityCodes();

	/** A provider's reference by its id, whatever its status. */
	Optional<String> referenceOf(UUID id);

	/** A provider's id by its reference (P-…), whatever its status. */
	Optional<UUID> idOf(String reference);

	// --- handoff ----------------------------------------------------------------------------------------------------

	/** The provider linked to this account, whatever its status. */
	Optional<UUID> providerOf(UUID accountId);

	/** The account that speaks for this provider, if it has one (engagements add it as a participant). */
	Optional<UUID> accountOf(UUID providerId);

	/** The names of these providers (those that still exist), read without opening anything. */
	Map<UUID, String> names(Collection<UUID> ids);

	/** A provider's name and contact details, opened; empty if the provider is gone. */
	Optional<ProviderContact> contact(UUID providerId);

	/** A provider's public summary, read without opening anything; empty if the provider is gone. */
	Optional<ProviderSummary> summary(UUID providerId);

	/**
	 * Whether the provider lets their follow-up answers be counted anonymously (unless they asked not to be); false
	 * for a provider who is gone. Read without opening anything.
	 */
	boolean counted(UUID providerId);

	/** Those of these providers that let their answers be counted (any number of ids; nothing is opened). */
	java.util.Set<UUID> counted(java.util.Collection<UUID> providerIds);

	// --- commands ---------------------------------------------------------------------------------------------------

	/** An organization was introduced to the provider: their open engagements go up by one. */
	void engagementOpened(UUID providerId);

	/**
	 * An engagement the hub tracks closed: one fewer is open, and the provider has a slot again. A provider with none
	 * open (an engagement opened before slots were counted) stays at none; a provider who is gone is left alone.
	 */
	void engagementEnded(UUID providerId);

	/** The provider changes, on a survey, whether their answers may be counted; the same setting as on their page. */
	void setCounted(UUID providerId, boolean counted);

}
