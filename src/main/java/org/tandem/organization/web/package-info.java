/** Internal to the organization module. */
@NullMarked
package org.tandem.organization.web;

import org.jspecify.annotations.NullMarked;
