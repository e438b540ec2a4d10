/**
 * What works: which kinds of support went with improvement, aggregated over organizations, for providers and the
 * hub. Counted by a job into {@code evaluation_works_tally}, published through disclosure control. Never names,
 * lists, orders or compares organizations.
 */
@org.jspecify.annotations.NullMarked
package org.tandem.evaluation.works;
