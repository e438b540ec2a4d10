package org.tandem.privacy.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories and files that only the account Tandem runs as may read: a stolen ciphertext is useless without the
 * keys, but there is no reason to let other local users list who has files or how large they are.
 */
final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	static void createDirectories(Path dir) throws IOException {
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

	/** A new file, open for writing; fails if it exists. */
	static FileChannel createNew(Path file) throws IOException {
		Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		if (posix(file)) {
			FileAttribute<?> ownerOnly = PosixFilePermissions
				.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
			return FileChannel.open(file, options, ownerOnly);
		}
		return FileChannel.open(file, options);
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
