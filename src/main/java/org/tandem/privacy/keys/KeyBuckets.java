package org.tandem.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The wrapped keys of every owner in {@value #BUCKETS} bucket files ({@code keys/buckets/<3 hex>}), the owner's id
 * hashed to pick one, so that a million owners make a few thousand files of about a hundred kilobytes rather than a
 * million small files, and finding, adding or destroying an owner reads one small file and writes one slot.
 * <p>
 * A bucket is an array of {@value #SLOT}-byte slots, each aligned on a disk sector and holding one owner: a magic
 * number, a state (live or destroyed), the owner's id, the length and CRC of the wrapped keys, and the wrapped keys.
 * A slot is written with a single write of one sector, which disks write whole (PostgreSQL relies on the same for its
 * control file), so destroying or re-wrapping an owner's keys overwrites them in place and a crash leaves the old or the
 * new slot, never half of each. A destroyed slot keeps the owner's id with its keys zeroed: it is the tombstone that
 * stops new keys being made. Every change is forced to disk before it returns.
 * <p>
 * Two threads of one process take the bucket's lock (one per folder and process); two processes sharing the folder
 * also take an advisory lock on the file (shared to read, exclusive to write), so two instances never give one owner two keys.
 */
final class KeyBuckets {

	static final int BUCKETS = 4096;

	static final int SLOT = 512;

	private static final int MAGIC = 0x544b4231; // "TKB1"

	private static final int HEADER = 4 + 1 + 16 + 2 + 4;

	static final int MAX_PAYLOAD = SLOT - HEADER;

	/** Slots a bucket file grows by. */
	private static final int GROWTH = 8;

	static final byte LIVE = 1;

	static final byte DESTROYED = 2;

	private final Path dir;

	/** The buckets' locks, per folder: a process may take a file's lock only once, whatever store asks for it. */
	private static final java.util.Map<Path, ReentrantLock[]> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

	private final ReentrantLock[] locks;

	KeyBuckets(Path dir) throws IOException {
		this.dir = dir;
		SecureFiles.createOwnerOnlyDirectory(dir);
		this.locks = LOCKS.computeIfAbsent(dir.toRealPath(), d -> {
			ReentrantLock[] all = new ReentrantLock[BUCKETS];
			for (int i = 0; i < BUCKETS; i++) {
				all[i] = new ReentrantLock();
			}
			return all;
		});
	}

	/** One owner's slot: its state and wrapped keys (empty when destroyed). */
	record Slot(long position, byte state, UUID owner, byte[] payload) {
	}

	/** The owner's slot, or null if it has none. */
	Slot find(UUID owner) {
		int bucket = bucket(owner);
		locks[bucket].lock();
		try (FileChannel channel = FileChannel.open(file(bucket), StandardOpenOption.READ);
				FileLock lock = channel.lock(0, Long.MAX_VALUE, true)) {
			return find(channel, owner);
		}
		catch (NoSuchFileException e) {
			return null;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			locks[bucket].unlock();
		}
	}

	/** The slots of those {@code owners} that one bucket holds, read at once. */
	java.util.Map<UUID, Slot> findAll(int bucket, java.util.Set<UUID> owners) {
		java.util.Map<UUID, Slot> found = new java.util.HashMap<>();
		locks[bucket].lock();
		try (FileChannel channel = FileChannel.open(file(bucket), StandardOpenOption.READ);
				FileLock lock = channel.lock(0, Long.MAX_VALUE, true)) {
			ByteBuffer all = readAll(channel);
			for (int at = 0; at + SLOT <= all.limit(); at += SLOT) {
				if (all.getInt(at) == MAGIC && owners.contains(new UUID(all.getLong(at + 5), all.getLong(at + 13)))) {
					Slot slot = decode(all, at);
					if (slot != null) {
						found.put(slot.owner(), slot);
					}
				}
			}
		}
		catch (NoSuchFileException e) {
			// no owner falls in this bucket yet
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			locks[bucket].unlock();
		}
		return found;
	}

	/**
	 * Runs {@code change} on the owner's slot (null if none) under the bucket's exclusive lock, and writes what it
	 * returns (nothing if null) into the owner's slot or, for a new owner, the first free one. Forces the file when
	 * {@code force}, and returns the slot as it now is.
	 */
	Slot update(UUID owner, java.util.function.UnaryOperator<Slot> change, boolean force) {
		int bucket = bucket(owner);
		locks[bucket].lock();
		try (FileChannel channel = open(file(bucket)); FileLock lock = channel.lock()) {
			Slot current = find(channel, owner);
			Slot wanted = change.apply(current);
			if (wanted == null) {
				return current;
			}
			long position = current != null ? current.position() : freeSlot(channel);
			Slot written = new Slot(position, wanted.state(), owner, wanted.payload());
			ByteBuffer slot = encode(written);
			if (position >= channel.size()) {
				// The file grows by several empty slots at once: the next owners of this bucket then overwrite blocks
				// the file already has, and forcing the file need not wait for the journal to record a new size.
				slot = ByteBuffer.allocate(SLOT * GROWTH).put(slot).clear();
			}
			channel.write(slot, position);
			if (force) {
				channel.force(false);
			}
			return written;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			locks[bucket].unlock();
		}
	}

	/**
	 * Adds many owners' slots to one bucket at once, skipping owners it already holds, without forcing the file (a
	 * migration forces every bucket once at the end). Returns how many were added.
	 */
	int addAll(int bucket, List<Slot> slots) {
		locks[bucket].lock();
		try (FileChannel channel = open(file(bucket)); FileLock lock = channel.lock()) {
			ByteBuffer all = readAll(channel);
			java.util.Set<UUID> present = new java.util.HashSet<>();
			for (int at = 0; at + SLOT <= all.limit(); at += SLOT) {
				if (all.getInt(at) == MAGIC) {
					present.add(new UUID(all.getLong(at + 5), all.getLong(at + 13)));
				}
			}
			long position = freeSlot(channel);
			int added = 0;
			for (Slot slot : slots) {
				if (present.add(slot.owner())) {
					while (position < all.limit() && all.getInt((int) position) == MAGIC) {
						position += SLOT;
					}
					channel.write(encode(new Slot(position, slot.state(), slot.owner(), slot.payload())), position);
					position += SLOT;
					added++;
				}
			}
			return added;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			locks[bucket].unlock();
		}
	}

	/**
	 * Rewrites the payload of every live slot of one bucket under its exclusive lock ({@code rewrite} returns the new
	 * payload, or null to leave a slot as it is) and forces the file once. Returns how many slots were rewritten.
	 */
	int rewriteLive(int bucket, java.util.function.Function<Slot, byte[]> rewrite) {
		locks[bucket].lock();
		try (FileChannel channel = FileChannel.open(file(bucket), StandardOpenOption.READ, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			ByteBuffer all = readAll(channel);
			int count = 0;
			for (int at = 0; at + SLOT <= all.limit(); at += SLOT) {
				Slot slot = decode(all, at);
				if (slot != null && slot.state() == LIVE) {
					byte[] payload = rewrite.apply(slot);
					if (payload != null) {
						channel.write(encode(new Slot(at, LIVE, slot.owner(), payload)), at);
						count++;
					}
				}
			}
			if (count > 0) {
				channel.force(false);
			}
			return count;
		}
		catch (NoSuchFileException e) {
			return 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			locks[bucket].unlock();
		}
	}

	/** Forces every bucket file to disk (after writes made without forcing, as in a migration). */
	void forceAll() throws IOException {
		for (Path file : files()) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.force(false);
			}
		}
	}

	/** Whether any bucket file exists. */
	boolean any() {
		try (Stream<Path> files = Files.list(dir)) {
			return files.findAny().isPresent();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	static int bucket(UUID owner) {
		// Mixes both halves, so that time-ordered ids spread as well as random ones.
		long h = owner.getMostSignificantBits() * 0x9E3779B97F4A7C15L ^ owner.getLeastSignificantBits();
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		return (int) (h & (BUCKETS - 1));
	}

	Path file(int bucket) {
		return dir.resolve(String.format("%03x", bucket));
	}

	private static FileChannel open(Path file) throws IOException {
		Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return FileChannel.open(file, options,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return FileChannel.open(file, options);
	}

	private static Slot find(FileChannel channel, UUID owner) throws IOException {
		ByteBuffer all = readAll(channel);
		long msb = owner.getMostSignificantBits();
		long lsb = owner.getLeastSignificantBits();
		for (int at = 0; at + SLOT <= all.limit(); at += SLOT) {
			if (all.getInt(at) == MAGIC && all.getLong(at + 5) == msb && all.getLong(at + 13) == lsb) {
				Slot slot = decode(all, at);
				if (slot != null) {
					return slot;
				}
			}
		}
		return null;
	}

	/** The first slot that holds no owner: a never-written one, or the end of the file. */
	private static long freeSlot(FileChannel channel) throws IOException {
		ByteBuffer all = readAll(channel);
		for (int at = 0; at + SLOT <= all.limit(); at += SLOT) {
			if (all.getInt(at) != MAGIC) {
				return at;
			}
		}
		return (long) (all.limit() / SLOT) * SLOT;
	}

	private static ByteBuffer readAll(FileChannel channel) throws IOException {
		long size = channel.size();
		ByteBuffer all = ByteBuffer.allocate((int) size);
		while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
			// read until full
		}
		return all.flip();
	}

	private static Slot decode(ByteBuffer all, int at) {
		if (all.getInt(at) != MAGIC) {
			return null;
		}
		byte state = all.get(at + 4);
		UUID owner = new UUID(all.getLong(at + 5), all.getLong(at + 13));
		int length = Short.toUnsignedInt(all.getShort(at + 21));
		if (length > MAX_PAYLOAD || all.getInt(at + 23) != crc(all, at, length)) {
			return null; // damaged: not an owner's slot
		}
		byte[] payload = new byte[length];
		all.get(at + HEADER, payload);
		return new Slot(at, state, owner, payload);
	}

	private static ByteBuffer encode(Slot slot) {
		if (slot.payload().length > MAX_PAYLOAD) {
			throw new IllegalStateException("Wrapped data keys of " + slot.payload().length
					+ " bytes do not fit a key store slot: is the key-encryption key's ciphertext too long?");
		}
		ByteBuffer buffer = ByteBuffer.allocate(SLOT);
		buffer.putInt(MAGIC)
			.put(slot.state())
			.putLong(slot.owner().getMostSignificantBits())
			.putLong(slot.owner().getLeastSignificantBits())
			.putShort((short) slot.payload().length);
		buffer.putInt(HEADER, 0);
		buffer.put(HEADER, slot.payload());
		buffer.putInt(23, crc(buffer, 0, slot.payload().length));
		return buffer.clear();
	}

	private static int crc(ByteBuffer buffer, int at, int length) {
		CRC32C crc = new CRC32C();
		crc.update(buffer.slice(at + 4, 19));
		crc.update(buffer.slice(at + HEADER, length));
		return (int) crc.getValue();
	}

}
