/** Internal to the organization module. */
@NullMarked
package org.tandem.organization.persistence;

import org.jspecify.annotations.NullMarked;
