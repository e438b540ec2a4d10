package org.tandem.audit.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The text files of a catalog, read from a folder or a zip, bounded: at most {@link #MAX_ENTRIES} entries, each at most
 * {@link #MAX_FILE} bytes and {@link #MAX_TOTAL} bytes in all once uncompressed; every name is normalized and refused
 * when it leads outside the root (zip-slip); only {@code .md} and {@code .yml} files are read, as UTF-8. The names are
 * relative to the catalog's root: the folder that holds {@code content/} (a zip often wraps it in one more folder).
 */
record CatalogFiles(Map<String, String> texts) {

	static final int MAX_ENTRIES = 2_000;

	static final int MAX_FILE = 1024 * 1024;

	static final long MAX_TOTAL = 20L * 1024 * 1024;

	/** Why a folder or zip cannot be read at all; nothing of it is imported. */
	static final class Refused extends RuntimeException {

		private final String code;

		private final String detail;

		Refused(String code, String detail) {
			super(code, null, false, false);
			this.code = code;
			this.detail = detail;
		}

		String code() {
			return code;
		}

		String detail() {
			return detail;
		}

	}

	static CatalogFiles ofZip(byte[] zip) {
		Map<String, String> texts = new TreeMap<>();
		int entries = 0;
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw new Refused("tooManyEntries", String.valueOf(MAX_ENTRIES));
				}
				String name = normalized(entry.getName());
				if (entry.isDirectory() || !readable(name)) {
					continue;
				}
				byte[] bytes = bounded(in, name);
				total += bytes.length;
				if (total > MAX_TOTAL) {
					throw new Refused("tooLarge", String.valueOf(MAX_TOTAL / (1024 * 1024)));
				}
				texts.put(name, utf8(bytes, name));
			}
		}
		catch (ZipException | IllegalArgumentException e) {
			throw new Refused("unreadable", "");
		}
		catch (IOException e) {
			throw new Refused("unreadable", "");
		}
		return rooted(texts);
	}

	static CatalogFiles ofFolder(Path folder) {
		Map<String, String> texts = new TreeMap<>();
		long total = 0;
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder, 12, new FileVisitOption[0])) {
			files = walk.limit(MAX_ENTRIES + 1L).toList();
		}
		catch (IOException e) {
			throw new Refused("unreadable", "");
		}
		if (files.size() > MAX_ENTRIES) {
			throw new Refused("tooManyEntries", String.valueOf(MAX_ENTRIES));
		}
		for (Path file : files) {
			// links are not followed: a link could lead anywhere on the server
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			String name = normalized(folder.relativize(file).toString());
			if (!readable(name)) {
				continue;
			}
			try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
				byte[] bytes = bounded(in, name);
				total += bytes.length;
				if (total > MAX_TOTAL) {
					throw new Refused("tooLarge", String.valueOf(MAX_TOTAL / (1024 * 1024)));
				}
				texts.put(name, utf8(bytes, name));
			}
			catch (IOException e) {
				throw new Refused("unreadable", name);
			}
		}
		return rooted(texts);
	}

	/** Files already in memory (Tandem's own catalog, read from the class path), under the same bounds. */
	static CatalogFiles of(Map<String, byte[]> files) {
		if (files.size() > MAX_ENTRIES) {
			throw new Refused("tooManyEntries", String.valueOf(MAX_ENTRIES));
		}
		Map<String, String> texts = new TreeMap<>();
		long total = 0;
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String name = normalized(file.getKey());
			if (!readable(name)) {
				continue;
			}
			if (file.getValue().length > MAX_FILE) {
				throw new Refused("fileTooLarge", shown(name));
			}
			total += file.getValue().length;
			if (total > MAX_TOTAL) {
				throw new Refused("tooLarge", String.valueOf(MAX_TOTAL / (1024 * 1024)));
			}
			texts.put(name, utf8(file.getValue(), name));
		}
		return rooted(texts);
	}

	/** The entry's name with forward slashes and no dot segments; refused when it leaves the root or is absolute. */
	static String normalized(String name) {
		String slashed = name.replace('\\', '/');
		if (slashed.startsWith("/") || slashed.contains(":") || slashed.indexOf('\0') >= 0) {
			throw new Refused("outsideRoot", shown(name));
		}
		Path root = Path.of("/catalog-root");
		Path resolved = root.resolve(slashed).normalize();
		if (!resolved.startsWith(root) || resolved.equals(root)) {
			throw new Refused("outsideRoot", shown(name));
		}
		return root.relativize(resolved).toString().replace('\\', '/');
	}

	private static String shown(String name) {
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private static boolean readable(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".md") || lower.endsWith(".yml") || lower.endsWith(".yaml");
	}

	private static byte[] bounded(InputStream in, String name) throws IOException {
		byte[] bytes = in.readNBytes(MAX_FILE + 1);
		if (bytes.length > MAX_FILE) {
			throw new Refused("fileTooLarge", shown(name));
		}
		return bytes;
	}

	private static String utf8(byte[] bytes, String name) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new Refused("notUtf8", shown(name));
		}
	}

	/** The names below the shallowest folder that holds {@code content/}. */
	private static CatalogFiles rooted(Map<String, String> texts) {
		String prefix = null;
		for (String name : texts.keySet()) {
			int at = name.startsWith("content/") ? 0 : name.indexOf("/content/") + 1;
			if (at < 0 || (at == 0 && !name.startsWith("content/"))) {
				continue;
			}
			String candidate = name.substring(0, at);
			if (prefix == null || candidate.length() < prefix.length()) {
				prefix = candidate;
			}
		}
		if (prefix == null) {
			throw new Refused("noContent", "");
		}
		Map<String, String> rooted = new TreeMap<>();
		for (Map.Entry<String, String> text : texts.entrySet()) {
			if (text.getKey().startsWith(prefix)) {
				rooted.put(text.getKey().substring(prefix.length()), text.getValue());
			}
		}
		return new CatalogFiles(rooted);
	}

}
