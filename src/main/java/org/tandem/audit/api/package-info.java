/** The audit's JSON API: findings, recommendations and the organization's decisions. */
@NullMarked
package org.tandem.audit.api;

import org.jspecify.annotations.NullMarked;
