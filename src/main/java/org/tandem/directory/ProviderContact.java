package org.tandem.directory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A provider's name and contact details, opened: to show an organization that was introduced to them and to send
 * them notices.
 *
 * @param language the provider's language for mail (one Tandem ships)
 * @param openpgpKey the provider's armored OpenPGP public key, if they gave one
 */
public record ProviderContact(UUID id, String reference, String name, String language, ProviderStatus status,
		String email, @Nullable String signal, @Nullable String phone, @Nullable String openpgpKey,
		@Nullable String fingerprint, @Nullable String website) {
}
