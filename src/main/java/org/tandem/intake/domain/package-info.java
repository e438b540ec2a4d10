/** The help request aggregate, its status rules, and the service that changes it. */
@NullMarked
package org.tandem.intake.domain;

import org.jspecify.annotations.NullMarked;
