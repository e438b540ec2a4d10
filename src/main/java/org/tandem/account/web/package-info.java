@NullMarked
package org.tandem.account.web;

import org.jspecify.annotations.NullMarked;
