import java.time.Duration;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import com.zaxxer.hikari.*;
import io.github.bucket4j.*;
import io.github.bucket4j.distributed.*;
import io.github.bucket4j.distributed.jdbc.*;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.*;

/**
 * Bucket4j on PostgreSQL alone: tryConsume(1) per second with 16 threads and a pool of 10, on new keys, on 1,000
 * existing keys and on one key (with and without batching), for the two lock strategies. Usage (a scratch database):
 *   psql -c "create database tandem_rl_probe"
 *   java -cp <bucket4j core+postgresql, HikariCP, postgresql, slf4j-api jars> bench/RateLimitProbe.java \
 *     "jdbc:postgresql://127.0.0.1:5432/tandem_rl_probe?user=postgres"
 */
public class RateLimitProbe {
	public static void main(String[] a) throws Exception {
		HikariConfig c = new HikariConfig();
		c.setJdbcUrl(a[0]);
		c.setMaximumPoolSize(10);
		DataSource ds = new HikariDataSource(c);
		try (var con = ds.getConnection()) {
			con.createStatement().execute("create table if not exists rate_limit_bucket (id varchar(160) primary key, state bytea, expires_at bigint)");
		}
		BucketConfiguration cfg = BucketConfiguration.builder().addLimit(l -> l.capacity(1_000_000_000L).refillIntervally(1_000_000_000L, Duration.ofHours(1))).build();
		ProxyManager<String> sfu = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(ds).primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)).build();
		ProxyManager<String> adv = Bucket4jPostgreSQL.advisoryLockBasedBuilder(ds).primaryKeyMapper(PrimaryKeyMapper.STRING)
			.lockIdSupplier(k -> k.hashCode()).table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)).build();
		for (int round = 0; round < 2; round++) {
			for (String name : new String[] { "select-for-update", "advisory" }) {
				ProxyManager<String> pm = name.equals("advisory") ? adv : sfu;
				run(name + " distinct keys", k -> pm.builder().build(name + k + Math.random(), () -> cfg));
				run(name + " existing keys", k -> pm.builder().build(name + "e" + (k % 1000), () -> cfg));
				run(name + " one key", k -> pm.builder().build(name + "one", () -> cfg));
				BucketProxy batched = pm.builder().withOptimization(Optimizations.batching()).build(name + "oneb", () -> cfg);
				run(name + " one key, batching", k -> batched);
			}
		}
		System.exit(0);
	}
	interface Maker { Bucket make(long k); }
	static void run(String label, Maker maker) throws Exception {
		int threads = 16; long millis = 4000;
		AtomicLong n = new AtomicLong();
		ExecutorService ex = Executors.newFixedThreadPool(threads);
		long end = System.currentTimeMillis() + millis;
		for (int t = 0; t < threads; t++) ex.submit(() -> { long i = 0; while (System.currentTimeMillis() < end) { maker.make(n.getAndIncrement()).tryConsume(1); } return null; });
		ex.shutdown(); ex.awaitTermination(60, TimeUnit.SECONDS);
		System.out.printf("%-45s %8.0f/s%n", label, n.get() * 1000.0 / millis);
	}
}
