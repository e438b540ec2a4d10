/**
 * The engagement's pages: the participants' list and workspace, the plan, working together, closing and check-ins,
 * staff's overview, openings and alerts, and the check-in's mailed link.
 */
@NullMarked
package org.tandem.engagement.web;

import org.jspecify.annotations.NullMarked;
