@NullMarked
package org.tandem.directory.api;

import org.jspecify.annotations.NullMarked;
