package org.tandem.audit.catalog;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Something an import found in a file: an error (bad YAML, a missing required field, an unknown reference, a file or
 * archive out of bounds) refuses the whole import; a warning (an unknown field, an unknown remote option) is reported
 * and the rest imported. {@code code} names the message {@code audit.catalog.problem.<code>}, whose one argument is
 * {@code detail} (a field, a value or a limit).
 */
public record ImportProblem(String file, @Nullable Integer line, String code, String detail, boolean error) {

	static ImportProblem error(String file, @Nullable Integer line, String code, String detail) {
		return new ImportProblem(file, line, code, detail, true);
	}

	static ImportProblem warning(String file, String code, String detail) {
		return new ImportProblem(file, null, code, detail, false);
	}

	public String messageKey() {
		return "audit.catalog.problem." + code;
	}

	/** The message's arguments. */
	public Object[] arguments() {
		return new Object[] { detail };
	}

	/** The severity's message key. */
	public String severityKey() {
		return "audit.catalog.severity." + (error ? "error" : "warning").toLowerCase(Locale.ROOT);
	}

}
