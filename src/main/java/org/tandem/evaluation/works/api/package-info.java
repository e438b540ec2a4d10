/** What works as JSON ({@code /api/v1/evaluation/what-works}). */
@org.jspecify.annotations.NullMarked
package org.tandem.evaluation.works.api;
