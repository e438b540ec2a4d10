package org.tandem.audit.report;

import java.util.Locale;

/** The two reports of an audit: a summary of at most two pages for decision makers, and the full report. */
public enum ReportKind {

	SUMMARY, FULL;

	public String messageKey() {
		return "audit.report.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** The name a download carries, such as {@code tandem-audit-summary-2}: no name of anyone or anything. */
	public String fileName(int number) {
		return "tandem-audit-" + name().toLowerCase(Locale.ROOT) + "-" + number;
	}

}
