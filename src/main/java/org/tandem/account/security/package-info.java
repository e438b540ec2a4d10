@NullMarked
package org.tandem.account.security;

import org.jspecify.annotations.NullMarked;
