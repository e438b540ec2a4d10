/**
 * Shared ground for every module: configuration, security set-up, layout, languages, error pages, mail outbox.
 * It depends on no other module; modules plug into it through the types it exposes.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.tandem.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
