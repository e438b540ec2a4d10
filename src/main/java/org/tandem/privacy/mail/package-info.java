/**
 * The mail outbox, sealed: every queued letter is ciphertext under the keys of the owner it concerns, opened only to
 * be sent, deleted once sent, and destroyed with the owner's keys by a purge. See {@code docs/privacy.md}.
 */
@NullMarked
package org.tandem.privacy.mail;

import org.jspecify.annotations.NullMarked;
