package org.tandem.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One visitor talking to a running Tandem over real HTTP, with its own cookies, the way a browser without JavaScript
 * does: forms are posted with the CSRF token read from the page.
 */
public final class WebSession {

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies;

	private final HttpClient client;

	private String lastCsrf = "";

	private String address = LogLeakWatcher.REQUESTER_ADDRESS;

	public WebSession(int port) {
		this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	private WebSession(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same visitor, with the same cookies and address, at another instance on this host: as a proxy without
	 * sticky sessions would send it.
	 */
	public WebSession at(int port) {
		return new WebSession(port, cookies).from(address);
	}

	/** Claims, from now on, to come from this address (through the proxy header Tandem trusts in tests). */
	public WebSession from(String address) {
		this.address = address;
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", "en")
			.header("Accept", HTML).build());
	}

	/** GETs a download: the status and the raw bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("X-Forwarded-For", address)
				.GET()
				.build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** POSTs a form with the CSRF token of the last page seen. */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", lastCsrf);
		return postRaw(path, all);
	}

	/** POSTs a multipart form with one file and the CSRF token of the last page seen. */
	public Page postFile(String path, String field, String fileName, String contentType, byte[] content) {
		String boundary = "tandem-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + lastCsrf
				+ "\r\n").getBytes(utf8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(utf8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** POSTs a form with the CSRF token of the last page seen and extra request headers. */
	public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.putIfAbsent("_csrf", lastCsrf);
		return postRaw(path, all, headers);
	}

	/** POSTs exactly these fields: no CSRF token unless given. */
	public Page postRaw(String path, Map<String, String> fields) {
		return postRaw(path, fields, Map.of());
	}

	private Page postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.header("Accept", HTML)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	public Page send(HttpRequest request) {
		request = HttpRequest.newBuilder(request, (name, value) -> true)
			.header("X-Forwarded-For", address)
			.build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			Page page = new Page(response);
			page.csrf().ifPresent(token -> lastCsrf = token);
			return page;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).findFirst();
	}

	/** Every cookie this visitor holds, to hand the same sign-in or status page to a browser. */
	public java.util.List<HttpCookie> cookies() {
		return java.util.List.copyOf(cookies.getCookieStore().getCookies());
	}

	public void setCookie(String name, String value) {
		cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
			.forEach(c -> cookies.getCookieStore().remove(URI.create(base), c));
		var cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), cookie);
	}

	public String base() {
		return base;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A response, with its HTML parsed when it has any. */
	public record Page(HttpResponse<String> response) {

		public int status() {
			return response.statusCode();
		}

		public String body() {
			return response.body();
		}

		public Document html() {
			return Jsoup.parse(response.body());
		}

		/** Where a redirect points (path and query), or an empty string when this is no redirect. */
		public String redirect() {
			if (status() / 100 != 3) {
				return "";
			}
			return response.headers().firstValue("Location").map(l -> URI.create(l).getRawPath()
					+ (URI.create(l).getRawQuery() == null ? "" : "?" + URI.create(l).getRawQuery())).orElse("");
		}

		public Optional<String> header(String name) {
			return response.headers().firstValue(name);
		}

		Optional<String> csrf() {
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				return Optional.empty();
			}
			var input = html().selectFirst("input[name=_csrf]");
			return input == null ? Optional.empty() : Optional.of(input.attr("value"));
		}

		public String text() {
			return html().text();
		}

	}

}
