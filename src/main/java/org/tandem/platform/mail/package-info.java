@NullMarked
package org.tandem.platform.mail;

import org.jspecify.annotations.NullMarked;
