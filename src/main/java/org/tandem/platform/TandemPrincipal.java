package org.tandem.platform;

import java.util.UUID;

/** What every module may know about the signed-in person, whichever way they signed in. */
public interface TandemPrincipal {

	UUID accountId();

	String displayName();

	boolean demo();

}
