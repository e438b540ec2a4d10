/**
 * Shared ground for every module: configuration, security set-up, layout, languages, error pages, mail outbox.
 * It depends on no other module; modules plug into it through the types it exposes.
 */
@NullMarked
package org.tandem.platform;

import org.jspecify.annotations.NullMarked;
