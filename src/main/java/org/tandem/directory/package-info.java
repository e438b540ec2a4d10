/**
 * Directory: the provider network. Applications, the append-only vetting ledger with vouches and signed agreements,
 * provider profiles with services, languages, countries, communities and capacity, and the optional public listing.
 */
@NullMarked
@ApplicationModule(displayName = "Directory",
		allowedDependencies = { "account", "organization", "platform", "privacy" })
package org.tandem.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
