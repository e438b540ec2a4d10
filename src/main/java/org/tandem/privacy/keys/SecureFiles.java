package org.tandem.privacy.keys;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories that only the account Tandem runs as may read (keys, wrapped keys, encrypted files: a stolen
 * ciphertext is useless without the keys, but other local users need not even see who has data), and deletions
 * that overwrite first.
 */
public final class SecureFiles {

	private SecureFiles() {
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	public static void createOwnerOnly(Path file) throws IOException {
		if (posix(file)) {
			FileAttribute<?> attribute = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
			Files.createFile(file, attribute);
		}
		else {
			Files.createFile(file);
		}
	}

	public static void createOwnerOnlyDirectory(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		if (posix(dir)) {
			Files.createDirectories(dir,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(dir);
		}
	}

	/** A new file, open for writing, readable by its owner only; fails if it exists. */
	public static FileChannel createNewChannel(Path file) throws IOException {
		java.util.Set<StandardOpenOption> options = java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		if (posix(file)) {
			return FileChannel.open(file, options,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return FileChannel.open(file, options);
	}

	/**
	 * Makes {@code dir} and what lies directly in it readable by its owner only (folders {@code rwx------}, files
	 * {@code rw-------}): files the database, a library or an operator's tool created there with the process's default
	 * mode (the embedded database, its trace file). Deeper files (keys, encrypted files) Tandem creates owner-only
	 * itself, and the folder above them already shuts everyone else out, so a key store of many thousand files is not
	 * walked. Returns how many were changed.
	 */
	public static int ownerOnlyEverywhere(Path dir) throws IOException {
		if (!Files.isDirectory(dir) || !posix(dir)) {
			return 0;
		}
		var folder = PosixFilePermissions.fromString("rwx------");
		var file = PosixFilePermissions.fromString("rw-------");
		int changed = 0;
		try (java.util.stream.Stream<Path> all = Files.walk(dir, 1)) {
			for (Path path : all.toList()) {
				try {
					var wanted = Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? folder : file;
					var current = Files.getPosixFilePermissions(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
					if (!Files.isSymbolicLink(path) && !current.equals(wanted)
							&& !(wanted == file && current.equals(PosixFilePermissions.fromString("r--------")))) {
						Files.setPosixFilePermissions(path, wanted);
						changed++;
					}
				}
				catch (java.nio.file.NoSuchFileException gone) {
					// deleted meanwhile
				}
			}
		}
		return changed;
	}

	/** Overwrites a file with zeros, flushes it, then deletes it. Does nothing if it does not exist. */
	public static void shred(Path file) throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		long size = Files.size(file);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			java.nio.ByteBuffer zeros = java.nio.ByteBuffer.allocate(4096);
			for (long written = 0; written < size;) {
				zeros.clear().limit((int) Math.min(zeros.capacity(), size - written));
				written += channel.write(zeros, written);
			}
			channel.force(true);
		}
		Files.deleteIfExists(file);
	}

}
