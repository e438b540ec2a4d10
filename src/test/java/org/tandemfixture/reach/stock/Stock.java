package org.tandemfixture.reach.stock;

/** The stock module's door, which the offending type bypasses. */
public interface Stock {

	int available(String item);

}
