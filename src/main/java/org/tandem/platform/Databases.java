package org.tandem.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database Tandem runs on, for the parts that share state between instances only on PostgreSQL. */
public final class Databases {

	private Databases() {
	}

	/** Whether the data source is PostgreSQL (else the embedded H2, which serves one instance). */
	public static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
		}
	}

}
