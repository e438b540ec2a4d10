@NullMarked
package org.tandem.account.persistence;

import org.jspecify.annotations.NullMarked;
