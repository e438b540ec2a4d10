/** Matching's records (needs profiles, choices, batch proposals) and the services that use the engine on them. */
@NullMarked
package org.tandem.matching.domain;

import org.jspecify.annotations.NullMarked;
