package org.tandem.directory;

/**
 * A way a provider can be reached: every provider has an email address; encrypted email needs an OpenPGP key
 * besides it.
 */
public enum ContactChannel {

	SIGNAL, ENCRYPTED_EMAIL, EMAIL, PHONE;

}
