package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.tandem.support.SecondInstance;
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
		try (SecondInstance instance = SecondInstance.start(url, dataDir, "--spring.mail.host=")) {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://127.0.0.1:" + instance.port();
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
