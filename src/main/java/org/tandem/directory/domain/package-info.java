@NullMarked
package org.tandem.directory.domain;

import org.jspecify.annotations.NullMarked;
