/** Internal to the organization module. */
@NullMarked
package org.tandem.organization.domain;

import org.jspecify.annotations.NullMarked;
