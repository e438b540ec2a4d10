@NullMarked
package org.tandem.account.domain;

import org.jspecify.annotations.NullMarked;
