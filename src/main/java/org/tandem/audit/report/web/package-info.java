/** The reports' pages: the list of an audit's issued versions, one version shown, its PDF and HTML downloads. */
@NullMarked
package org.tandem.audit.report.web;

import org.jspecify.annotations.NullMarked;
