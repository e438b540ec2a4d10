/** Key management, internal to the privacy module: the KEK, the data key store and KEK rotation. */
@NullMarked
package org.tandem.privacy.keys;

import org.jspecify.annotations.NullMarked;
