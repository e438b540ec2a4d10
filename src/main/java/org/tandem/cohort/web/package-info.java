@NullMarked
package org.tandem.cohort.web;

import org.jspecify.annotations.NullMarked;
