@NullMarked
package org.tandem.directory.web;

import org.jspecify.annotations.NullMarked;
