/**
 * The audit's pages: starting an audit, the audits an account sees, an audit's page, its plan and its activities,
 * findings, recommendations with the organization's decisions and the move into the engagement's plan, the follow-up.
 */
@NullMarked
package org.tandem.audit.web;

import org.jspecify.annotations.NullMarked;
