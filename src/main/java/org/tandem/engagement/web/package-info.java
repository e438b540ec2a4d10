/** The engagement's pages: the participants' list and workspace, working together, and staff's openings to link. */
@NullMarked
package org.tandem.engagement.web;

import org.jspecify.annotations.NullMarked;
