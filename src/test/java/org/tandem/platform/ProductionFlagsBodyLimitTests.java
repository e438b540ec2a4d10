package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.TandemApplication;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The request that used to end the process: 30 MB posted to the JSON API with a valid token, to a second Tandem
 * started as the README's production launch has it ({@code -Xmx128m … -XX:+ExitOnOutOfMemoryError}) on this test's
 * database. With and without a stated length, the answer is 413, the process lives and stays healthy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tandem.test.file-database=true", "tandem.test.shared-database=true" })
class ProductionFlagsBodyLimitTests extends WebTestSupport {

	private static final int THIRTY_MB = 30 * 1024 * 1024;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Test
	void thirtyMegabytesToTheApiAreRefusedAndTheProcessStaysHealthy() throws Exception {
		String offers = token(signedIn(Role.PROVIDER), "offers:write");
		String matching = token(signedIn(Role.STAFF), "matching:write");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path log = Files.createTempFile(dataDir, "instance-", ".log");
		Process instance = start(port, log);
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://127.0.0.1:" + port;
			awaitHealthy(client, base, instance, log);
			String decline = base + "/api/v1/offers/" + UUID.randomUUID() + "/decline";
			String batches = base + "/api/v1/matching/batches";
			List<Integer> answers = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				answers.add(post(client, decline, offers, HttpRequest.BodyPublishers.ofByteArray(huge())));
				answers.add(post(client, decline, offers, chunked(huge())));
				answers.add(post(client, batches, matching, HttpRequest.BodyPublishers.ofByteArray(huge())));
				answers.add(post(client, batches, matching, chunked(huge())));
			}
			// -1: the server answered and closed the connection before the client had sent everything
			assertThat(answers).as("answers").allMatch(status -> status == 413 || status == -1).contains(413);
			assertThat(instance.isAlive()).as("the instance is still running").isTrue();
			assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString()).body()).contains("\"UP\"");
		}
		finally {
			instance.destroy();
			if (!instance.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				instance.destroyForcibly();
			}
		}
	}

	private Process start(int port, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xms128m", "-Xmx128m", "-Xmn48m",
				"-Xss512k", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=32m",
				"-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.test.keep-database=true", "--server.port=" + port,
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + (url.startsWith("jdbc:h2") ? "sa" : ""),
				"--spring.datasource.password=", "--tandem.data-dir=" + dataDir, "--spring.mail.host=",
				"--spring.flyway.enabled=false"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void awaitHealthy(HttpClient client, String base, Process instance, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(instance.isAlive()).as(() -> "instance ended: " + tail(log)).isTrue();
			try {
				if (client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("instance did not start: " + tail(log));
	}

	private static String tail(Path log) {
		try {
			String text = Files.readString(log);
			return text.substring(Math.max(0, text.length() - 4000));
		}
		catch (IOException e) {
			return e.toString();
		}
	}

	private static int post(HttpClient client, String url, String token, HttpRequest.BodyPublisher body)
			throws Exception {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
		}
		catch (IOException closedEarly) {
			return -1;
		}
	}

	/** A JSON document of 30 MB: one string field that never ends before the limit. */
	private static byte[] huge() {
		byte[] body = new byte[THIRTY_MB];
		java.util.Arrays.fill(body, (byte) 'a');
		byte[] start = "{\"reason\":\"OTHER\",\"note\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, body, 0, start.length);
		body[body.length - 2] = '"';
		body[body.length - 1] = '}';
		return body;
	}

	/** The same bytes with no length stated: sent chunked. */
	private static HttpRequest.BodyPublisher chunked(byte[] body) {
		Supplier<InputStream> stream = () -> new java.io.ByteArrayInputStream(body);
		return HttpRequest.BodyPublishers.ofInputStream(stream);
	}

}
