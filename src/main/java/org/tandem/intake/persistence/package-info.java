/** Storage of requests, links, transitions and messages; the intake part of purges and retention. */
@NullMarked
package org.tandem.intake.persistence;

import org.jspecify.annotations.NullMarked;
