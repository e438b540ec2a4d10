@NullMarked
package org.tandem.evaluation.domain;

import org.jspecify.annotations.NullMarked;
