@NullMarked
package org.tandem.platform.security;

import org.jspecify.annotations.NullMarked;
