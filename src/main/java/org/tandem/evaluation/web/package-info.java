@NullMarked
package org.tandem.evaluation.web;

import org.jspecify.annotations.NullMarked;
