package org.tandemfixture.undeclared.billing;

/** Billing's door. */
public interface Invoices {

	void issue(String reference);

}
