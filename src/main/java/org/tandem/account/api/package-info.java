@NullMarked
package org.tandem.account.api;

import org.jspecify.annotations.NullMarked;
