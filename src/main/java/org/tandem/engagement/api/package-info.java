/** The engagement module's JSON API: keep-in-touch check-ins. */
@NullMarked
package org.tandem.engagement.api;

import org.jspecify.annotations.NullMarked;
