package org.tandemfixture.undeclared.shop;

import org.tandemfixture.undeclared.billing.Invoices;

/** The offending type: billing is not among shop's allowed dependencies. */
public class Order {

	private final Invoices invoices;

	public Order(Invoices invoices) {
		this.invoices = invoices;
	}

	public void place() {
		invoices.issue("order");
	}

}
