/**
 * People who sign in: accounts, roles, invitations, second factors (TOTP, passkeys, recovery codes),
 * password resets, personal access tokens and the security audit log.
 */
@NullMarked
@ApplicationModule(displayName = "Account", allowedDependencies = { "platform", "privacy" })
package org.tandem.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
