package org.tandem.engagement;

/** Whom a participant of an engagement speaks for. */
public enum Side {

	ORGANIZATION, PROVIDER, STAFF

}
