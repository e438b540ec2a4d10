package org.tandem.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.support.WebTestSupport;

/**
 * The buckets' transactions commit without waiting for the write-ahead log, and nothing of that reaches the next
 * transaction on the same pooled connection, or any other connection of the pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "tandem.test.database", matches = "postgres")
class AsynchronousCommitTests extends WebTestSupport {

	@Autowired
	private DataSource dataSource;

	@Test
	void aBucketsTransactionCommitsAsynchronouslyAndTheConnectionForgetsIt() throws SQLException {
		DataSource buckets = AsynchronousCommit.of(dataSource);
		try (Connection connection = buckets.getConnection()) {
			assertThat(synchronousCommit(connection)).isEqualTo("on");
			connection.setAutoCommit(false);
			assertThat(synchronousCommit(connection)).isEqualTo("off");
			connection.commit();
			// the next transaction on the same connection, as Bucket4j's next count would have it
			assertThat(synchronousCommit(connection)).isEqualTo("on");
			connection.setAutoCommit(false);
			assertThat(synchronousCommit(connection)).isEqualTo("off");
			connection.rollback();
			connection.setAutoCommit(true);
			assertThat(synchronousCommit(connection)).isEqualTo("on");
		}
		// the pool's connections, as every other write of the application gets them
		for (int i = 0; i < 3; i++) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				assertThat(synchronousCommit(connection)).isEqualTo("on");
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private static String synchronousCommit(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show synchronous_commit")) {
			result.next();
			return result.getString(1);
		}
	}

}
