@NullMarked
package org.tandem.directory.persistence;

import org.jspecify.annotations.NullMarked;
