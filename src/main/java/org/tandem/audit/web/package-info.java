/** The audit's pages: starting an audit, the audits an account sees, an audit's page, its plan and its activities. */
@NullMarked
package org.tandem.audit.web;

import org.jspecify.annotations.NullMarked;
