package org.tandem.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;

/**
 * Moves a key store of the old layout (a Tink keyset file per owner and purpose, {@code keys/ab/<owner>.<purpose>.json},
 * and a {@code <owner>.destroyed} tombstone per purged owner) into the bucket files, at start, under a lock file so that
 * two instances starting together move it once. Every owner's keys keep their bytes and ids, so what they sealed still
 * opens. The old files are removed only once every bucket and the ledger are forced to disk, so a crash half-way leaves
 * the old files, and the next start moves again what is not yet in the buckets. Purged owners' files are overwritten
 * before they are deleted; live owners' files are deleted (their keys live on in the buckets).
 */
final class LegacyKeyFolder {

	private static final Logger log = LoggerFactory.getLogger(LegacyKeyFolder.class);

	private static final String TOMBSTONE = ".destroyed";

	private static final String SUFFIX = ".json";

	private final Path dir;

	private final KeyBuckets buckets;

	private final DestroyedLedger ledger;

	private final KeyEncryptionKey kek;

	LegacyKeyFolder(Path dir, KeyBuckets buckets, DestroyedLedger ledger, KeyEncryptionKey kek) {
		this.dir = dir;
		this.buckets = buckets;
		this.ledger = ledger;
		this.kek = kek;
	}

	/** Whether a folder of the old layout holds a wrapped key. */
	static boolean hasKeys(Path dir) {
		for (Path shard : shards(dir)) {
			try (Stream<Path> files = Files.list(shard)) {
				if (files.anyMatch(f -> f.getFileName().toString().endsWith(SUFFIX))) {
					return true;
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return false;
	}

	void migrate() throws IOException {
		if (shards(dir).isEmpty()) {
			return;
		}
		Path lockFile = dir.resolve("migration.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			List<Path> shards = shards(dir);
			if (shards.isEmpty()) {
				return; // another instance moved it meanwhile
			}
			log.info("Moving the key store to the bucket layout ({} folders)", shards.size());
			long start = System.nanoTime();
			int moved = 0;
			List<UUID> destroyed = new ArrayList<>();
			Map<Integer, List<KeyBuckets.Slot>> pending = new HashMap<>();
			int held = 0;
			for (Path shard : shards) {
				held += move(shard, destroyed, pending);
				if (held > 20_000 || shard == shards.getLast()) {
					for (var bucket : pending.entrySet()) {
						moved += buckets.addAll(bucket.getKey(), bucket.getValue());
					}
					pending.clear();
					held = 0;
				}
			}
			long read = System.nanoTime();
			ledger.append(destroyed, true);
			buckets.forceAll();
			long forced = System.nanoTime();
			for (Path shard : shards) {
				removeOldFiles(shard);
			}
			log.info("Key store moved: {} owners' keys, {} purged owners (read and re-wrapped in {} ms, forced in {} ms, "
					+ "old files removed in {} ms)", moved, destroyed.size(), (read - start) / 1_000_000,
					(forced - read) / 1_000_000, (System.nanoTime() - forced) / 1_000_000);
		}
		Files.deleteIfExists(lockFile);
	}

	/** Reads one old folder's keys and adds their slots to {@code pending}, by bucket; returns how many. */
	private int move(Path shard, List<UUID> destroyed, Map<Integer, List<KeyBuckets.Slot>> pending) throws IOException {
		Map<UUID, Map<String, Path>> keys = new HashMap<>();
		Set<UUID> tombstones = new HashSet<>();
		for (Path file : list(shard)) {
			String name = file.getFileName().toString();
			UUID owner = owner(name);
			if (owner == null) {
				continue;
			}
			if (name.endsWith(TOMBSTONE)) {
				tombstones.add(owner);
			}
			else if (name.endsWith(SUFFIX) && name.indexOf('.', 37) == name.length() - SUFFIX.length()) {
				keys.computeIfAbsent(owner, o -> new LinkedHashMap<>())
					.put(name.substring(37, name.length() - SUFFIX.length()), file);
			}
		}
		for (UUID owner : tombstones) {
			destroyed.add(owner);
			buckets.update(owner, current -> current != null && current.state() == KeyBuckets.DESTROYED ? null
					: new KeyBuckets.Slot(0, KeyBuckets.DESTROYED, owner, new byte[0]), false);
		}
		int moved = 0;
		for (var entry : keys.entrySet()) {
			UUID owner = entry.getKey();
			if (tombstones.contains(owner)) {
				continue;
			}
			try {
				Map<String, KeysetHandle> keysets = new LinkedHashMap<>();
				for (var file : entry.getValue().entrySet()) {
					keysets.put(file.getKey(), TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
							Files.readString(file.getValue(), StandardCharsets.UTF_8), kek.aead(),
							("tandem-data-key-v1\0" + owner + "." + file.getKey()).getBytes(StandardCharsets.UTF_8)));
				}
				byte[] wrapped = kek.aead()
					.encrypt(OwnerKeys.fromLegacy(keysets).serialize(), DataKeyStore.associatedData(owner));
				// Added unless a slot for the owner exists (a move interrupted after it was written).
				pending.computeIfAbsent(KeyBuckets.bucket(owner), b -> new ArrayList<>())
					.add(new KeyBuckets.Slot(0, KeyBuckets.LIVE, owner, wrapped));
				moved++;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(
						"A data key of the old layout cannot be unwrapped: is this the right key-encryption key?", e);
			}
		}
		return moved;
	}

	private static void removeOldFiles(Path shard) throws IOException {
		List<Path> files = list(shard);
		Set<UUID> purged = new HashSet<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.endsWith(TOMBSTONE) && owner(name) != null) {
				purged.add(owner(name));
			}
		}
		for (Path file : files) {
			String name = file.getFileName().toString();
			UUID owner = owner(name);
			if (owner != null && (purged.contains(owner) || !name.endsWith(SUFFIX)) && !name.endsWith(TOMBSTONE)) {
				SecureFiles.shred(file); // a purged owner's leftover, or a half-written copy
			}
			else {
				Files.deleteIfExists(file);
			}
		}
		Files.deleteIfExists(shard);
	}

	private static UUID owner(String name) {
		if (name.length() < 37 || name.charAt(36) != '.') {
			return null;
		}
		try {
			return UUID.fromString(name.substring(0, 36));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static List<Path> shards(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.filter(p -> p.getFileName().toString().matches("[0-9a-f]{2}") && Files.isDirectory(p))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
