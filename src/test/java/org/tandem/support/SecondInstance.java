package org.tandem.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.tandem.TandemApplication;

/**
 * Another Tandem process on a test's database and data folder, as a second instance behind a proxy would run: the
 * test's class path, the production JVM flags ({@code scripts/production.jvmflags}), its own port. Its output goes
 * to a log in the data folder.
 */
public final class SecondInstance implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	/**
	 * The flags of {@code scripts/production.jvmflags}, but for the native-heap trim before JDK 22 (a product flag
	 * from JDK 22 on; JDK 21 knows it only as experimental).
	 */
	private static List<String> productionFlags() throws IOException {
		List<String> flags = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("scripts", "production.jvmflags"))) {
			String flag = line.replaceFirst("#.*", "").strip();
			if (!flag.isEmpty() && (Runtime.version().feature() >= 22 || !flag.startsWith("-XX:TrimNativeHeapInterval"))) {
				flags.add(flag);
			}
		}
		return flags;
	}

	private SecondInstance(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts it with the test's database and data folder and these extra arguments; returns once it is healthy. */
	public static SecondInstance start(String url, Path dataDir, String... arguments) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path log = Files.createTempFile(dataDir, "instance-", ".log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(productionFlags());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), TandemApplication.class.getName(),
				"--tandem.test.keep-database=true", "--server.port=" + port, "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + (url.startsWith("jdbc:h2") ? "sa" : ""), "--spring.datasource.password=",
				"--tandem.data-dir=" + dataDir, "--spring.flyway.enabled=false"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		SecondInstance instance = new SecondInstance(process, log, port);
		try {
			instance.awaitHealthy();
		}
		catch (Exception | AssertionError e) {
			instance.close();
			throw e;
		}
		return instance;
	}

	public int port() {
		return port;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** The end of its log, for a failure message. */
	public String tail() {
		try {
			String text = Files.readString(log);
			return text.substring(Math.max(0, text.length() - 4000));
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	private void awaitHealthy() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("instance ended: " + tail());
			}
			try {
				if (client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("instance did not start: " + tail());
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

}
