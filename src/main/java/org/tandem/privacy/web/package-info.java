/** Pages of the privacy module: purge receipts, the staff overview, retention settings and key rotation. */
@NullMarked
package org.tandem.privacy.web;

import org.jspecify.annotations.NullMarked;
