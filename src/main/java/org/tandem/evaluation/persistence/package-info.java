@NullMarked
package org.tandem.evaluation.persistence;

import org.jspecify.annotations.NullMarked;
