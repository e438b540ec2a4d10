package org.tandemfixture.reach.stock.internal;

/** Internal to the stock module: public only so that stock's own packages can use it. */
public class StockLedger {

	public int take(String item) {
		return item.length();
	}

}
