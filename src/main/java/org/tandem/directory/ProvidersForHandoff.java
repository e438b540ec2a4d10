package org.tandem.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the handoff may know of providers: who a signed-in provider is, a provider's contact details (opened, to show
 * an organization that was introduced to them and to send them notices) and the one change it makes: an engagement
 * opened by an introduction; and whether the provider lets their answers be counted.
 */
public interface ProvidersForHandoff {

	/** The provider linked to this account, whatever its status. */
	Optional<UUID> providerOf(UUID accountId);

	/** The names of these providers (those that still exist), read without opening anything. */
	Map<UUID, String> names(Collection<UUID> ids);

	/** A provider's name and contact details, opened; empty if the provider is gone. */
	Optional<Contact> contact(UUID providerId);

	/**
	 * What an organization introduced to the provider sees of them besides their contact: their name, summary and
	 * services (public profile data, read without opening anything); empty if the provider is gone.
	 */
	Optional<Profile> profile(UUID providerId);

	/** An organization was introduced to the provider: their open engagements go up by one. */
	void engagementOpened(UUID providerId);

	/**
	 * Whether the provider lets their follow-up answers be counted anonymously (unless they asked not to be); false
	 * for a provider who is gone. Read without opening anything.
	 */
	boolean counted(UUID providerId);

	/** The provider changes, on a survey, whether their answers may be counted; the same setting as on their page. */
	void setCounted(UUID providerId, boolean counted);

	/**
	 * @param summary the summary the provider wrote for the public listing, else what they wrote of their expertise
	 * @param serviceKeys the message keys of the services they offer, in taxonomy order
	 */
	record Profile(String name, String summary, java.util.List<String> serviceKeys) {
	}

	/**
	 * @param language the provider's language for mail (one Tandem ships)
	 * @param openpgpKey the provider's armored OpenPGP public key, if they gave one
	 */
	record Contact(UUID id, String reference, String name, String language, ProviderStatus status, String email,
			@Nullable String signal, @Nullable String phone, @Nullable String openpgpKey, @Nullable String fingerprint,
			@Nullable String website) {
	}

}
