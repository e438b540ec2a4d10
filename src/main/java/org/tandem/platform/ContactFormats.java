package org.tandem.platform;

import java.util.regex.Pattern;

/** What forms accept as an email address, a phone number and a Signal number or username. */
public final class ContactFormats {

	public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	public static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{6,30}$");

	public static final Pattern SIGNAL = Pattern
		.compile("^(\\+?[0-9 ().-]{6,30}|[A-Za-z0-9_]{3,32}\\.[0-9]{2,10})$");

	private ContactFormats() {
	}

}
