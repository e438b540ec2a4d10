/**
 * The audit's pages: findings, recommendations with the organization's decisions and the move into the engagement's
 * plan, and the follow-up.
 */
@NullMarked
package org.tandem.audit.web;

import org.jspecify.annotations.NullMarked;
