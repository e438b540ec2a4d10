/**
 * Charts drawn on the server as SVG, without script: a model that computes the coordinates and the Thymeleaf
 * fragments of {@code templates/evaluation/chart.html} that draw them, each with its title, its description and the
 * same numbers as a table beside it.
 *
 * <p>
 * Give a chart the texts already translated ({@link org.tandem.evaluation.chart.ChartText}) and the values with the
 * words they read as in the table ({@link org.tandem.evaluation.chart.Value}: a hidden or missing value has no number,
 * only its words). Then, in a template:
 * {@code <div th:replace="~{evaluation/chart :: bars(${chart})}"></div>} — likewise {@code grouped}, {@code lines}
 * (not {@code line}: a fragment selector would also match SVG's {@code <line>} elements) and {@code lights}.
 * Coordinates are in a {@value org.tandem.evaluation.chart.Frame#WIDTH} ×
 * {@value org.tandem.evaluation.chart.Frame#HEIGHT} view box drawn at the width of its container; with
 * {@code rightToLeft} the horizontal axis runs from the right and the value axis stands on the right. Series are told
 * apart by a pattern or a dash and a marker shape as well as a colour, lights by a shape and a word.
 */
@NullMarked
package org.tandem.evaluation.chart;

import org.jspecify.annotations.NullMarked;
