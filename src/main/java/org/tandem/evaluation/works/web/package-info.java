/** What works as pages, charts and CSV files ({@code /evaluation/what-works}, {@code /provider/efficacy}). */
@org.jspecify.annotations.NullMarked
package org.tandem.evaluation.works.web;
