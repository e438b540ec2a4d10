/** Matching's pages: a request's candidates and choice, batch proposals, and the hub's weights with a live preview. */
@NullMarked
package org.tandem.matching.web;

import org.jspecify.annotations.NullMarked;
