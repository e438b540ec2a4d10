@NullMarked
package org.tandem.platform.web;

import org.jspecify.annotations.NullMarked;
