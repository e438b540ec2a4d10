package org.tandem.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tandem.support.WebSession;

/**
 * Pages go out compressed when the browser accepts it; a page that shows a secret once (here the status link and
 * its code after a request) goes out as it is, so that its compressed length can say nothing about the secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionWebTests extends IntakeTestSupport {

	@Test
	void publicPagesAndStylesAreCompressedWhenTheBrowserAcceptsIt() throws Exception {
		for (String path : new String[] { "/providers/apply", "/request", "/css/tandem.css" }) {
			HttpResponse<byte[]> gzipped = fetch(path, "gzip");
			assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			byte[] page = gunzip(gzipped.body());
			assertThat(gzipped.body().length).as(path).isLessThan(page.length / 3);
			HttpResponse<byte[]> plain = fetch(path, null);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			if (path.startsWith("/css")) {
				assertThat(page).isEqualTo(plain.body());
			}
			else {
				assertThat(new String(page, StandardCharsets.UTF_8)).contains("</html>");
			}
		}
	}

	@Test
	void thePageShowingTheStatusLinkAndCodeIsNotCompressed() {
		WebSession requester = visitor();
		WebSession.Page form = requester.get("/request");
		Map<String, String> fields = new LinkedHashMap<>(validForm());
		fields.put("nonce", form.html().selectFirst("input[name=nonce]").val());
		WebSession.Page sent = requester.post("/request", fields, Map.of("Accept-Encoding", "gzip"));
		assertThat(sent.status()).isEqualTo(200);
		assertThat(sent.header("Content-Encoding")).isEmpty();
		assertThat(sent.html().selectFirst("#status-code")).isNotNull();
		assertThat(sent.body().length()).isGreaterThan(1024);
	}

	private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,*/*")
			.header("X-Forwarded-For", org.tandem.support.LogLeakWatcher.freshRequesterAddress());
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
