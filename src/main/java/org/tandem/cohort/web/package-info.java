/** The cohort's pages: who may open them, and the controllers behind them. */
@NullMarked
package org.tandem.cohort.web;

import org.jspecify.annotations.NullMarked;
