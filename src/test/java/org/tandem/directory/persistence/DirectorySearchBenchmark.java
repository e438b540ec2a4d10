package org.tandem.directory.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Community;
import org.tandem.directory.domain.DirectorySearch;
import org.tandem.directory.domain.DirectorySearch.Filter;
import org.tandem.platform.Regions;
import org.tandem.support.BenchmarkDatabase;

/**
 * How long a staff directory search takes with 10,000 providers, on H2 and on PostgreSQL: one call of
 * {@link DirectoryQueries#search}, that is the page of 25 with the count of all matches, then the page's services and
 * languages. Each call runs the next search of {@link #SEARCHES}, a mix of what staff ask, from one thread, so that
 * no database can answer from a cache of the previous identical query. The goal is a p99 under 50 ms
 * (docs/performance.md). Run with {@code bench/directory.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xms128m", "-Xmx128m" }) // the heap Tandem runs with
@State(Scope.Benchmark)
public class DirectorySearchBenchmark {

	static final int PROVIDERS = 10_000;

	static final long SEED = 20261123;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	/** Staff searches in the proportions of a working day: mostly broad, some narrow, one that finds nobody. */
	static final List<Filter> SEARCHES = List.of(
			// The directory as first opened, and a later page of it.
			Filter.everyone(), new Filter(null, false, null, null, null, null, null, false, 3),
			// Who can take a new engagement now.
			new Filter(null, false, null, null, null, null, ProviderStatus.ACTIVE, true, 0),
			// A common service; a rarer one at specialist depth, in Spanish.
			new Filter("TRAINING", false, null, null, null, null, null, false, 0),
			new Filter("DIGITAL_FORENSICS", true, "es", null, null, null, null, false, 0),
			// Someone speaking the requester's language who works in their country, or in their region.
			new Filter(null, false, "pt", "BR", null, null, null, false, 0),
			new Filter(null, false, "es", null, "CENTRAL_AMERICA", null, null, false, 0),
			// Someone who knows the requester's community, works in their country and is free now.
			new Filter(null, false, null, "MX", null, Community.JOURNALISTS, null, true, 0),
			// Nobody among the generated providers matches all of this.
			new Filter("LEGAL_SUPPORT", true, "ne", "IS", null, Community.INDIGENOUS_COMMUNITIES, null, true, 0),
			// A page near the end of the whole directory: the largest offset.
			new Filter(null, false, null, null, null, null, null, false, 350));

	@Param({ "h2", "postgres" })
	public String database;

	private BenchmarkDatabase db;

	private DirectoryQueries queries;

	private int next;

	@Setup(Level.Trial)
	public void createProviders() {
		db = BenchmarkDatabase.open(database, "tandem_bench_directory");
		SyntheticProviders.insert(db.dataSource(), PROVIDERS, SEED, TODAY);
		db.analyze();
		queries = new DirectoryQueries(JdbcClient.create(db.dataSource()), new Regions());
	}

	@Benchmark
	public DirectorySearch.Page search() {
		Filter filter = SEARCHES.get(next);
		next = (next + 1) % SEARCHES.size();
		return queries.search(filter, TODAY);
	}

	@TearDown(Level.Trial)
	public void dropDatabase() {
		db.close();
	}

}
