package org.tandem.platform;

/**
 * The nonces of public forms sent recently, so that a form sent twice (a double click, a reload, the two posts
 * perhaps reaching two instances) makes one request. Each form page carries a fresh nonce ({@link Secrets#newToken()},
 * checked with {@link RecentNonces#wellFormed}); a nonce is accepted once a day.
 * <p>
 * On PostgreSQL the nonces are recorded in the database, so that every instance sees them (a digest of the form's
 * name and the nonce, never the nonce, kept a day); on the embedded database, which one instance alone can open, in
 * memory ({@link RecentNonces}). Either way the store is bounded, and a full store never refuses a form: a nonce it
 * can no longer hold is taken as new.
 */
public interface FormNonces {

	/**
	 * Whether the form's nonce was recorded already. Reads only: a form seen before is answered as sent before
	 * anything else is counted for it.
	 */
	boolean seen(String form, String nonce);

	/**
	 * Records the form's nonce; true the first time. Called inside the transaction that stores what the form sends,
	 * the nonce is recorded with it: when that transaction rolls back, nothing was stored and the nonce is forgotten,
	 * so the same page may be sent again. A second call for the same nonce while the first one's transaction is open
	 * answers false: on PostgreSQL once that transaction has committed (it waits for it; true if it rolled back), in
	 * memory at once.
	 */
	boolean firstTime(String form, String nonce);

}
