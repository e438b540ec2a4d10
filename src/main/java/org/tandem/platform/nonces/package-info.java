/**
 * Where the public forms' nonces are recorded ({@link org.tandem.platform.FormNonces}): in PostgreSQL, shared by
 * every instance, or in memory on the embedded database, which only one instance can open.
 */
@NullMarked
package org.tandem.platform.nonces;

import org.jspecify.annotations.NullMarked;
