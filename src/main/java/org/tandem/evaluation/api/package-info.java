@NullMarked
package org.tandem.evaluation.api;

import org.jspecify.annotations.NullMarked;
