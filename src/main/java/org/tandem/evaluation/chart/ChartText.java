package org.tandem.evaluation.chart;

import java.util.regex.Pattern;

/**
 * A chart's translated texts: {@code id} (unique on its page: letters, digits and dashes; it names the title, the
 * description and the patterns), its title (also the table's caption), a description saying what the picture shows,
 * and the heading of the table's first column (what the categories are: "Month", "Outcome").
 */
public record ChartText(String id, String title, String description, String categoryHeading) {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

	public ChartText {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a chart id is lower-case letters, digits and dashes");
		}
	}

}
