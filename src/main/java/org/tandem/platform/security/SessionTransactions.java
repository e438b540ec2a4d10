package org.tandem.platform.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session store's transactions: each write in a transaction of its own (as Spring Session does it), and a read
 * of one session, a single statement, without one when no transaction is open on the thread: on PostgreSQL that
 * spares the commit's round trip on every request.
 */
final class SessionTransactions implements TransactionOperations {

	private final TransactionTemplate writes;

	private final ThreadLocal<Boolean> reading = ThreadLocal.withInitial(() -> false);

	SessionTransactions(TransactionTemplate writes) {
		this.writes = writes;
	}

	/** Runs a read through the store, outside any transaction if none is open. */
	<T> @Nullable T read(Supplier<@Nullable T> read) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return read.get();
		}
		reading.set(true);
		try {
			return read.get();
		}
		finally {
			reading.remove();
		}
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		return reading.get() ? TransactionOperations.withoutTransaction().execute(action) : writes.execute(action);
	}

}
