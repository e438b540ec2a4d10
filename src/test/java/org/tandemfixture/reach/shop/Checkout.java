package org.tandemfixture.reach.shop;

import org.tandemfixture.reach.stock.internal.StockLedger;

/** The offending type: it depends on stock's internal ledger instead of stock's door. */
public class Checkout {

	private final StockLedger ledger = new StockLedger();

	public int reserve(String item) {
		return ledger.take(item);
	}

}
