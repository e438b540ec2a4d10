package org.tandem.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of every owner whose keys were destroyed, one 16-byte record after another in one file ({@code
 * keys/destroyed}), appended and forced before the owner's slot is cleared. It lets a restart list the purged owners
 * without reading the whole key store, and lets an instance notice, from the file's size alone, that another instance
 * sharing the folder destroyed keys it may have cached. Appends take an exclusive lock on the file; a record cut short
 * by a crash is dropped before the next append.
 */
final class DestroyedLedger {

	private static final int RECORD = 16;

	private final Path file;

	DestroyedLedger(Path file) {
		this.file = file;
	}

	/** Appends the owners and forces the file (when {@code force}). */
	void append(Collection<UUID> owners, boolean force) {
		if (owners.isEmpty()) {
			return;
		}
		// A process may take the file's lock only once at a time, whichever store of it asks.
		synchronized (DestroyedLedger.class) {
			appendLocked(owners, force);
		}
	}

	private void appendLocked(Collection<UUID> owners, boolean force) {
		Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try (FileChannel channel = file.getFileSystem().supportedFileAttributeViews().contains("posix")
				? FileChannel.open(file, options,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: FileChannel.open(file, options); FileLock lock = channel.lock()) {
			long end = channel.size() / RECORD * RECORD;
			channel.truncate(end);
			ByteBuffer buffer = ByteBuffer.allocate(owners.size() * RECORD);
			for (UUID owner : owners) {
				buffer.putLong(owner.getMostSignificantBits()).putLong(owner.getLeastSignificantBits());
			}
			buffer.flip();
			while (buffer.hasRemaining()) {
				end += channel.write(buffer, end);
			}
			if (force) {
				channel.force(false);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The file's size: it grows whenever an owner's keys are destroyed; 0 while none was. Read on every key lookup, so
	 * it is one {@code stat} and never an exception: {@link java.io.File#length()} answers 0 for a missing file, where
	 * {@link java.nio.file.Files#size} would throw one each time.
	 */
	long size() {
		return file.toFile().length();
	}

	/** The owners recorded from byte {@code from} on (a multiple of 16) up to {@code to}. */
	List<UUID> read(long from, long to) {
		Set<UUID> owners = new LinkedHashSet<>();
		long end = to / RECORD * RECORD;
		if (end <= from) {
			return List.of();
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
			long at = from;
			while (at < end) {
				buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
				int read = channel.read(buffer, at);
				if (read <= 0) {
					break;
				}
				buffer.flip();
				while (buffer.remaining() >= RECORD) {
					owners.add(new UUID(buffer.getLong(), buffer.getLong()));
					at += RECORD;
				}
			}
		}
		catch (NoSuchFileException e) {
			return List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(owners);
	}

}
