package org.tandem.privacy;

/**
 * A sealed value does not open with its owner's key at its place: it was moved from another row, column or owner,
 * or altered. Never shown to a person; logged with the place only.
 */
public class SealBrokenException extends RuntimeException {

	public SealBrokenException(Place place) {
		super("A sealed value does not belong to " + place.table() + "." + place.column() + " row " + place.rowId());
	}

}
