/**
 * The matching engine, in plain Java: no framework types, no database, no clock of its own. Given a request's
 * {@link org.tandem.matching.engine.Needs} and a {@link org.tandem.matching.engine.ProviderPool} compiled from
 * providers' {@link org.tandem.matching.engine.ProviderFacts}, it names the hard constraints that exclude each
 * provider, scores the others from weighted components, explains both in message keys the product translates, and
 * assigns a whole batch of requests with a min-cost flow ({@link org.tandem.matching.engine.BatchAssignment}). Same
 * input, same output: providers are ordered by reference, ties are broken by that order.
 */
@NullMarked
package org.tandem.matching.engine;

import org.jspecify.annotations.NullMarked;
