@NullMarked
package org.tandem.platform.config;

import org.jspecify.annotations.NullMarked;
