package org.tandem.platform.web;

import java.io.IOException;

/** A request body of unknown length went past its limit while it was read; answered with 413. */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes", null);
	}

}
