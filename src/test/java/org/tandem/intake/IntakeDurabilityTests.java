package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.support.TestDatabase;
import org.tandem.support.WebSession;

/**
 * A request acknowledged to its sender survives the process being killed with SIGKILL in the middle of a load:
 * Tandem runs as its own process, four senders submit as fast as it answers, the process is killed, started again
 * on the same data, stopped, and every acknowledged reference must be in the database. On H2 by default, on
 * PostgreSQL in the PostgreSQL run.
 */
class IntakeDurabilityTests {

	private static final Pattern REFERENCE = Pattern.compile("R-[0-9A-Z]{6}");

	@TempDir
	Path data;

	@Test
	void noAcknowledgedRequestIsLostWhenTheProcessIsKilled() throws Exception {
		String database = null;
		if (TestDatabase.postgres()) {
			database = "tandem_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			try (Connection admin = DriverManager.getConnection(TestDatabase.adminUrl())) {
				admin.createStatement().execute("create database " + database);
			}
		}
		try {
			int port = freePort();
			Process first = start(port, database, "first.log");
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			AtomicBoolean stop = new AtomicBoolean();
			ExecutorService senders = Executors.newFixedThreadPool(4);
			List<java.util.concurrent.Future<?>> running = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				running.add(senders.submit(() -> send(port, acknowledged, stop)));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no graceful close
			assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
			stop.set(true);
			senders.shutdown();
			assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

			// Started again on the same data, the instance recovers and serves; stopped gracefully, it lets go of the files.
			Process second = start(port, database, "second.log");
			assertThat(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/request")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode()).isEqualTo(200);
			second.destroy();
			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();

			Set<String> stored = new HashSet<>();
			try (Connection connection = database == null ? DriverManager.getConnection(url(null), "sa", "")
					: DriverManager.getConnection(url(database));
					ResultSet rows = connection.createStatement().executeQuery("select reference from help_request")) {
				while (rows.next()) {
					stored.add(rows.getString(1));
				}
			}
			assertThat(stored).containsAll(acknowledged);
		}
		finally {
			if (database != null) {
				try (Connection admin = DriverManager.getConnection(TestDatabase.adminUrl())) {
					admin.createStatement().execute("drop database if exists " + database + " with (force)");
				}
			}
		}
	}

	/** Submits the form again and again; keeps the reference of every request the server acknowledged. */
	private static void send(int port, Set<String> acknowledged, AtomicBoolean stop) {
		WebSession sender = new WebSession(port);
		while (!stop.get()) {
			try {
				WebSession.Page form = sender.get("/request");
				Map<String, String> fields = new java.util.LinkedHashMap<>(IntakeTestSupport.validForm());
				fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
				WebSession.Page sent = sender.post("/request", fields);
				if (sent.status() == 200 && sent.html().selectFirst("#status-code") != null) {
					Matcher reference = REFERENCE.matcher(sent.html().selectFirst("[role=status]").text());
					if (reference.find()) {
						acknowledged.add(reference.group());
					}
				}
			}
			catch (RuntimeException connectionGone) {
				return; // the process was killed: what was acknowledged before is what counts
			}
		}
	}

	private Process start(int port, String database, String log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.tandem.TandemApplication",
				"--server.port=" + port, "--tandem.test.keep-database=true", "--server.forward-headers-strategy=native",
				"--tandem.intake.submissions-per-hour=1000000", "--logging.level.org.tandem=INFO",
				"--logging.level.org.springframework=WARN"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve(log).toFile());
		builder.environment().put("TANDEM_DATA_DIR", data.resolve("data").toString());
		if (database != null) {
			builder.environment().put("TANDEM_DATABASE_URL", url(database));
			builder.environment().put("TANDEM_DATABASE_USER", user(database));
		}
		Process process = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			if (answers(port)) {
				return process;
			}
			if (!process.isAlive()) {
				break;
			}
			Thread.sleep(200);
		}
		process.destroyForcibly();
		throw new AssertionError("Tandem did not start:\n" + Files.readString(data.resolve(log)));
	}

	/** The test class path logs warnings only, so readiness is asked over HTTP. */
	private static boolean answers(int port) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/request"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String url(String database) {
		if (database == null) {
			return "jdbc:h2:file:" + data.resolve("data").resolve("tandem")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		}
		return TestDatabase.withDatabase(TestDatabase.adminUrl(), database);
	}

	private static String user(String database) {
		if (database == null) {
			return "sa";
		}
		Matcher user = Pattern.compile("[?&]user=([^&]+)").matcher(TestDatabase.adminUrl());
		return user.find() ? user.group(1) : "postgres";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static {
		try {
			Class.forName("org.h2.Driver");
		}
		catch (ClassNotFoundException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

}
