/** The engagement's JSON API: its participants read and work on it with personal access tokens. */
@NullMarked
package org.tandem.engagement.api;

import org.jspecify.annotations.NullMarked;
