package org.tandem.evaluation.chart;

import java.util.List;

/** One category of a chart (a month, an outcome) and its values, one per series, in the order of the series. */
public record Row(String label, List<Value> values) {

	public Row {
		values = List.copyOf(values);
	}

	/** A category with a single value. */
	public static Row of(String label, Value value) {
		return new Row(label, List.of(value));
	}

	/** The largest value drawn in these rows, 0 when none is. */
	static double largest(java.util.List<Row> rows) {
		return rows.stream().flatMap(row -> row.values().stream()).filter(Value::drawn)
			.mapToDouble(value -> value.number()).max().orElse(0);
	}

}
