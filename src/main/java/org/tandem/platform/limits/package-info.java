/**
 * Where the public pages' rate limits are counted: in PostgreSQL, shared by every instance (Bucket4j), or in memory
 * on the embedded database, which only one instance can open.
 */
@NullMarked
package org.tandem.platform.limits;

import org.jspecify.annotations.NullMarked;
