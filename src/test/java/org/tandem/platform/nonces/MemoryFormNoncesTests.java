package org.tandem.platform.nonces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The forms' nonces in memory, on the embedded database: as before, and forgotten when their transaction fails. */
class MemoryFormNoncesTests {

	private final MemoryFormNonces nonces = new MemoryFormNonces(100);

	@Test
	void aNonceIsAcceptedOncePerForm() {
		assertThat(nonces.seen("test.form", "nonce-0123456789abcdef")).isFalse();
		assertThat(nonces.firstTime("test.form", "nonce-0123456789abcdef")).isTrue();
		assertThat(nonces.firstTime("test.form", "nonce-0123456789abcdef")).isFalse();
		assertThat(nonces.seen("test.form", "nonce-0123456789abcdef")).isTrue();
		assertThat(nonces.firstTime("other.form", "nonce-0123456789abcdef")).isTrue();
	}

	@Test
	void eachFormKeepsItsOwnMostRecentNonces() {
		nonces.firstTime("other.form", "kept-0123456789abcdef");
		for (int i = 0; i < 101; i++) {
			nonces.firstTime("test.form", "flood-" + i + "-0123456789abcdef");
		}
		assertThat(nonces.seen("test.form", "flood-0-0123456789abcdef")).as("the oldest, forgotten").isFalse();
		assertThat(nonces.seen("test.form", "flood-100-0123456789abcdef")).isTrue();
		assertThat(nonces.seen("other.form", "kept-0123456789abcdef")).isTrue();
	}

	@Test
	void aNonceRecordedInATransactionThatRollsBackIsForgotten() {
		for (int status : new int[] { TransactionSynchronization.STATUS_ROLLED_BACK, TransactionSynchronization.STATUS_COMMITTED }) {
			String nonce = "in-transaction-" + status + "-0123456789abcdef";
			TransactionSynchronizationManager.initSynchronization();
			try {
				assertThat(nonces.firstTime("test.form", nonce)).isTrue();
				List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
				synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
			}
			finally {
				TransactionSynchronizationManager.clearSynchronization();
			}
			assertThat(nonces.seen("test.form", nonce)).isEqualTo(status == TransactionSynchronization.STATUS_COMMITTED);
		}
	}

}
