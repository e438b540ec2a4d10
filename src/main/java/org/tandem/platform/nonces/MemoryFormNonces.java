package org.tandem.platform.nonces;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.platform.FormNonces;
import org.tandem.platform.RecentNonces;

/**
 * Nonces held in this process's memory, for the embedded database, which one instance alone can open: the most recent
 * {@code maxNonces} of each form ({@link RecentNonces}), so that a flood of one form never pushes out another's. A
 * nonce is recorded at once; recorded inside a transaction, it is forgotten again if that transaction does not
 * commit, as the database would forget its row.
 */
final class MemoryFormNonces implements FormNonces {

	private final Map<String, RecentNonces> forms = new ConcurrentHashMap<>();

	private final int maxNonces;

	MemoryFormNonces(int maxNonces) {
		this.maxNonces = maxNonces;
	}

	@Override
	public boolean seen(String form, String nonce) {
		return of(form).seen(nonce);
	}

	@Override
	public boolean firstTime(String form, String nonce) {
		RecentNonces nonces = of(form);
		if (!nonces.firstTime(nonce)) {
			return false;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						// nothing was stored: the same page may be sent again
						nonces.forget(nonce);
					}
				}
			});
		}
		return true;
	}

	private RecentNonces of(String form) {
		return forms.computeIfAbsent(form, name -> new RecentNonces(maxNonces));
	}

}
