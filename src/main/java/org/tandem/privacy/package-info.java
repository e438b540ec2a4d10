/**
 * Privacy core: what identifies an organization is sealed under that organization's own keys, kept only as long as
 * a retention rule allows, and destroyed for good by a purge. Modules use this package's types ({@link
 * org.tandem.privacy.SealedText}, {@link org.tandem.privacy.Sealed}, {@link org.tandem.privacy.DataOwner}, {@link
 * org.tandem.privacy.Sealer}) and never handle keys or ciphertext themselves. See {@code docs/privacy.md}.
 */
@NullMarked
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "platform" })
package org.tandem.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
