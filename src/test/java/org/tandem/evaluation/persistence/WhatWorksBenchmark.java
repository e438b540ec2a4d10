package org.tandem.evaluation.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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
import org.tandem.evaluation.EvaluationResults;
import org.tandem.evaluation.works.WorksCount;
import org.tandem.evaluation.works.WorksGroup;
import org.tandem.support.BenchmarkDatabase;

/**
 * What the "what works" recount costs at 100,000 evaluated plans, on H2 and on PostgreSQL: reading every plan's
 * result through the results door ({@link PlanResults}, keyset pages of 500: three reads a page) and counting them
 * ({@link WorksCount#count}, pure). These are the parts that grow with the plans; the other doors the job asks
 * (audits, plan items, consent) are read 500 ids at a time by their primary keys or indexes. The plans are made up:
 * full plans with 5 framework outcomes scored at the baseline and at the final round (a fifth of them light, with two
 * rounds), 25,000 organizations. Run with {@code bench/what-works.sh}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xms256m", "-Xmx256m" })
@State(Scope.Benchmark)
public class WhatWorksBenchmark {

	static final int PLANS = 100_000;

	static final int ORGANIZATIONS = 25_000;

	static final int OUTCOMES = 5;

	static final long SEED = 20261206;

	@Param({ "h2", "postgres" })
	public String database;

	private BenchmarkDatabase db;

	private PlanResults results;

	private List<EvaluationResults.Result> read;

	@Setup(Level.Trial)
	public void createPlans() throws SQLException {
		db = BenchmarkDatabase.open(database, "tandem_bench_what_works");
		insert(db.dataSource());
		db.analyze();
		results = new PlanResults(JdbcClient.create(db.dataSource()));
		read = readAll();
		if (read.size() != PLANS) {
			throw new IllegalStateException("read " + read.size() + " plans of " + PLANS);
		}
	}

	@TearDown(Level.Trial)
	public void drop() {
		db.close();
	}

	/** Every plan's result, page by page, as the job reads them. */
	@Benchmark
	public List<EvaluationResults.Result> readEveryResult() {
		return readAll();
	}

	/** The counting of 100,000 results into the tally's cells (groups given as the job finds them). */
	@Benchmark
	public int countEveryResult() {
		List<WorksCount.Fact> facts = new ArrayList<>(read.size());
		for (EvaluationResults.Result r : read) {
			EnumSet<WorksGroup> groups = EnumSet.of(WorksGroup.INTRODUCTION);
			groups.add(WorksGroup.values()[5 + (r.planId().hashCode() & 3)]);
			BigDecimal change = r.averageChange() == null ? BigDecimal.ZERO : r.averageChange();
			facts.add(new WorksCount.Fact(r.organizationId(), r.providerId(), r.mode(), change, r.potentialReached(),
					groups));
		}
		return WorksCount.count(facts).size();
	}

	private List<EvaluationResults.Result> readAll() {
		List<EvaluationResults.Result> all = new ArrayList<>(PLANS);
		UUID after = null;
		do {
			EvaluationResults.Page page = results.results(after, EvaluationResults.PAGE_LIMIT);
			all.addAll(page.results());
			after = page.after();
		} while (after != null);
		return all;
	}

	/** Made-up plans, outcomes and scores, in batches (the sealed columns hold random bytes: nothing reads them). */
	static void insert(DataSource dataSource) throws SQLException {
		Random random = new Random(SEED);
		List<UUID> organizations = new ArrayList<>(ORGANIZATIONS);
		for (int i = 0; i < ORGANIZATIONS; i++) {
			organizations.add(new UUID(random.nextLong(), random.nextLong()));
		}
		List<UUID> providers = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			providers.add(new UUID(random.nextLong(), random.nextLong()));
		}
		Timestamp now = Timestamp.from(Instant.parse("2026-12-06T10:00:00Z"));
		UUID actor = new UUID(1, 1);
		try (Connection c = dataSource.getConnection();
				PreparedStatement plan = c.prepareStatement("""
						insert into evaluation_plan (id, organization_id, engagement_id, provider_id, mode, created_by,
						created_at, updated_by, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
				PreparedStatement outcome = c.prepareStatement("""
						insert into evaluation_outcome (id, plan_id, organization_id, position, source, code, objective,
						kind, smart_specific, smart_measurable, smart_achievable, smart_relevant, smart_time_bound,
						added_by, added_at, updated_by, updated_at, version)
						values (?, ?, ?, ?, 'FRAMEWORK', ?, ?, 'BEHAVIOUR', false, false, false, false, false, ?, ?, ?, ?, 0)""");
				PreparedStatement score = c.prepareStatement("""
						insert into evaluation_score (id, plan_id, outcome_id, organization_id, round, score, justification,
						recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
			c.setAutoCommit(false);
			for (int p = 0; p < PLANS; p++) {
				UUID planId = new UUID(random.nextLong(), random.nextLong());
				UUID organization = organizations.get(p % ORGANIZATIONS);
				boolean light = p % 5 == 4;
				plan.setObject(1, planId);
				plan.setObject(2, organization);
				plan.setObject(3, new UUID(random.nextLong(), random.nextLong()));
				plan.setObject(4, providers.get(random.nextInt(providers.size())));
				plan.setString(5, light ? "LIGHT" : "FULL");
				plan.setObject(6, actor);
				plan.setTimestamp(7, now);
				plan.setObject(8, actor);
				plan.setTimestamp(9, now);
				plan.addBatch();
				for (int o = 0; o < OUTCOMES; o++) {
					UUID outcomeId = new UUID(random.nextLong(), random.nextLong());
					outcome.setObject(1, outcomeId);
					outcome.setObject(2, planId);
					outcome.setObject(3, organization);
					outcome.setInt(4, o);
					outcome.setString(5, (o + 1) + "." + (o + 1));
					outcome.setInt(6, o + 1);
					outcome.setObject(7, actor);
					outcome.setTimestamp(8, now);
					outcome.setObject(9, actor);
					outcome.setTimestamp(10, now);
					outcome.addBatch();
					int first = 1 + random.nextInt(light ? 3 : 4);
					int[][] rounds = light ? new int[][] { { 1, first }, { 2, Math.min(3, first + random.nextInt(2)) } }
							: new int[][] { { 1, first }, { 3, Math.min(5, first + random.nextInt(3)) } };
					for (int[] round : rounds) {
						byte[] sealed = new byte[48];
						random.nextBytes(sealed);
						score.setObject(1, new UUID(random.nextLong(), random.nextLong()));
						score.setObject(2, planId);
						score.setObject(3, outcomeId);
						score.setObject(4, organization);
						score.setInt(5, round[0]);
						score.setInt(6, round[1]);
						score.setBytes(7, sealed);
						score.setObject(8, actor);
						score.setTimestamp(9, now);
						score.addBatch();
					}
				}
				if (p % 1000 == 999) {
					plan.executeBatch();
					outcome.executeBatch();
					score.executeBatch();
					c.commit();
				}
			}
			plan.executeBatch();
			outcome.executeBatch();
			score.executeBatch();
			c.commit();
		}
	}

}
