package org.tandem.platform.limits;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's connections, for the rate limits' buckets only, with every transaction begun with {@code set
 * local synchronous_commit to off}: its commit returns without waiting for PostgreSQL to flush the write-ahead log.
 * A count is not worth a disk flush on every request that is counted, which is every form sent. If PostgreSQL itself
 * stops abruptly, the counts of its last fraction of a second may be forgotten; the database stays consistent, and
 * every other transaction keeps its durable commit. The setting is the transaction's own ({@code local}), so nothing
 * carries over to the connection's next user, also behind PgBouncer in transaction mode.
 */
final class AsynchronousCommit {

	static final String SET = "set local synchronous_commit to off";

	private AsynchronousCommit() {
	}

	static DataSource of(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {
			@Override
			public Connection getConnection() throws SQLException {
				return wrap(super.getConnection());
			}
		};
	}

	/** Bucket4j begins each transaction with {@code setAutoCommit(false)}: the setting follows at once. */
	private static Connection wrap(Connection connection) {
		return (Connection) Proxy.newProxyInstance(AsynchronousCommit.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(connection, args);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
					if ("setAutoCommit".equals(method.getName()) && Boolean.FALSE.equals(args[0])) {
						try (Statement statement = connection.createStatement()) {
							statement.execute(SET);
						}
					}
					return result;
				});
	}

}
