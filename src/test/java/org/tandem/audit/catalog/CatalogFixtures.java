package org.tandem.audit.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The test catalogs under {@code src/test/resources/audit/catalog}: {@code sample} (three methods, six activities,
 * Spanish without one activity, Arabic, one item in pt_BR), {@code sample-changed} (one activity changed, one added),
 * and malformed overlays laid over the sample. Zips are built here, at run time.
 */
public final class CatalogFixtures {

	private CatalogFixtures() {
	}

	public static Path folder(String name) {
		try {
			return Path.of(CatalogFixtures.class.getResource("/audit/catalog/" + name).toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The sample, imported as catalog {@code sample}. */
	public static ImportReport importSample(CatalogImport imports) {
		ImportReport report = imports.folder("sample", folder("sample"), false, null);
		if (!report.imported()) {
			throw new IllegalStateException("the sample catalog did not import: " + report.problems());
		}
		return report;
	}

	/** The files of a folder, with the files of the overlays laid over them (name relative to the folder). */
	public static Map<String, byte[]> files(String folder, String... overlays) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		read(folder(folder), files);
		for (String overlay : overlays) {
			read(folder(overlay), files);
		}
		return files;
	}

	private static void read(Path root, Map<String, byte[]> files) {
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).sorted().forEach(file -> {
				try {
					files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A zip of the files, each under the prefix (a folder wrapping the catalog, as downloaded archives do). */
	public static byte[] zip(String prefix, Map<String, byte[]> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static byte[] zip(String folder, String... overlays) {
		return zip("catalog-main/", files(folder, overlays));
	}

}
