/**
 * The outcome framework: the organizational-security M&amp;E framework's objectives and outcomes as shipped data, and
 * the hub's own outcomes that administrators add.
 */
@NullMarked
package org.tandem.evaluation.framework;

import org.jspecify.annotations.NullMarked;
