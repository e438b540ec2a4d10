/**
 * An audit's reports: a two-page summary for decision makers and a full report, laid out from a {@link
 * org.tandem.audit.report.ReportInput} as HTML and PDF in the audit's language, issued as numbered versions that are
 * kept as they were issued (the HTML sealed, the PDF an encrypted file, both under the organization's case key).
 */
@NullMarked
package org.tandem.audit.report;

import org.jspecify.annotations.NullMarked;
