package org.tandem.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.KeysDestroyedException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;

/**
 * Every owner's data keys, in a folder apart from the database. An owner's keys (one per purpose, and one per purpose
 * for files) are made together on first use, as one {@link OwnerKeys} wrapped by the {@link KeyEncryptionKey} with the
 * owner as associated data, and kept in one slot of one of a few thousand bucket files ({@link KeyBuckets}): making an
 * owner's keys writes one slot and forces one file, and destroying them overwrites that slot, whatever the number of
 * owners. Destroying an owner's keys first records the owner in the {@link DestroyedLedger}, then zeroes its slot and
 * leaves it as a tombstone, so that no new key is ever made for a purged owner. Two instances sharing the folder agree
 * on one set of keys per owner, because a slot is only ever added under the bucket file's lock. A folder of the old
 * layout (a file per key) is moved into this one at start ({@link LegacyKeyFolder}).
 */
public final class DataKeyStore {

	private static final int CACHE_LIMIT = 10_000;

	private static final int RECENTLY_DESTROYED_LIMIT = 20_000;

	private final Path dir;

	private final KeyEncryptionKey kek;

	private final Duration cacheTtl;

	private final Clock clock;

	private final KeyBuckets buckets;

	private final DestroyedLedger ledger;

	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	/** Owners destroyed lately, here or by another instance (read from the ledger's tail), for the cache's sake. */
	private final Set<UUID> recentlyDestroyed = Collections.synchronizedSet(Collections.newSetFromMap(
			new LinkedHashMap<>(16, 0.75f, false) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
					return size() > RECENTLY_DESTROYED_LIMIT;
				}
			}));

	private volatile long ledgerSeen;

	/** When the cache is next swept of expired keys (epoch milliseconds). */
	private volatile long nextSweep;

	public DataKeyStore(Path dir, KeyEncryptionKey kek, Duration cacheTtl, Clock clock) {
		this.dir = dir;
		this.kek = kek;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
		try {
			SecureFiles.createOwnerOnlyDirectory(dir);
			this.buckets = new KeyBuckets(dir.resolve("buckets"));
			this.ledger = new DestroyedLedger(dir.resolve("destroyed"));
			new LegacyKeyFolder(dir, buckets, ledger, kek).migrate();
		}
		catch (IOException e) {
			throw new IllegalStateException("The key store " + dir + " cannot be opened (" + e.getMessage() + ")", e);
		}
		this.ledgerSeen = ledger.size();
	}

	/** Whether any wrapped data key exists in {@code dir}: then a missing KEK is an error, not a first start. */
	public static boolean hasKeys(Path dir) {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> buckets = Files.isDirectory(dir.resolve("buckets")) ? Files.list(dir.resolve("buckets"))
				: Stream.empty()) {
			if (buckets.findAny().isPresent()) {
				return true;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return LegacyKeyFolder.hasKeys(dir);
	}

	/** The owner's AEAD for a purpose, created on first use. Throws if the owner's keys were destroyed. */
	public Aead aead(UUID owner, KeyPurpose purpose) {
		return keys(owner, true).map(k -> primitive(k.keyset(label(purpose)), Aead.class)).orElseThrow();
	}

	/** The owner's AEAD for a purpose if its key exists; empty if it never existed or was destroyed. */
	public Optional<Aead> existingAead(UUID owner, KeyPurpose purpose) {
		return keys(owner, false).map(k -> primitive(k.keyset(label(purpose)), Aead.class));
	}

	/** The owner's streaming AEAD for files, created on first use. Throws if the owner's keys were destroyed. */
	public StreamingAead streamingAead(UUID owner, KeyPurpose purpose) {
		return keys(owner, true).map(k -> primitive(k.keyset("files-" + label(purpose)), StreamingAead.class))
			.orElseThrow();
	}

	/** The owner's streaming AEAD if its key exists. */
	public Optional<StreamingAead> existingStreamingAead(UUID owner, KeyPurpose purpose) {
		return keys(owner, false).map(k -> primitive(k.keyset("files-" + label(purpose)), StreamingAead.class));
	}

	public boolean isDestroyed(UUID owner) {
		followLedger();
		if (recentlyDestroyed.contains(owner)) {
			return true;
		}
		KeyBuckets.Slot slot = buckets.find(owner);
		return slot != null && slot.state() == KeyBuckets.DESTROYED;
	}

	/** Whether the owner has data keys. */
	public boolean exists(UUID owner) {
		KeyBuckets.Slot slot = buckets.find(owner);
		return slot != null && slot.state() == KeyBuckets.LIVE;
	}

	/**
	 * Destroys every data key of the owner for good: records the owner in the ledger, then overwrites its slot with a
	 * tombstone (or adds one), so a crash half-way leaves an owner whose purge the next call finishes. Idempotent.
	 */
	public void destroy(UUID owner) {
		KeyBuckets.Slot slot = buckets.find(owner);
		if (slot == null || slot.state() != KeyBuckets.DESTROYED) {
			ledger.append(List.of(owner), true);
		}
		recentlyDestroyed.add(owner);
		cache.remove(owner);
		buckets.update(owner, current -> current != null && current.state() == KeyBuckets.DESTROYED ? null
				: new KeyBuckets.Slot(0, KeyBuckets.DESTROYED, owner, new byte[0]), true);
		cache.remove(owner);
	}

	/**
	 * Those of {@code owners} whose keys are not destroyed for good (live keys, or no tombstone), reading each bucket
	 * once rather than once per owner: for re-applying purges after a restore, over every owner ever purged.
	 */
	public List<UUID> notDestroyed(java.util.Collection<UUID> owners) {
		Map<Integer, Set<UUID>> byBucket = new java.util.HashMap<>();
		for (UUID owner : owners) {
			byBucket.computeIfAbsent(KeyBuckets.bucket(owner), b -> new java.util.HashSet<>()).add(owner);
		}
		List<UUID> left = new java.util.ArrayList<>();
		byBucket.forEach((bucket, wanted) -> {
			Map<UUID, KeyBuckets.Slot> found = buckets.findAll(bucket, wanted);
			for (UUID owner : wanted) {
				KeyBuckets.Slot slot = found.get(owner);
				if (slot == null || slot.state() != KeyBuckets.DESTROYED) {
					left.add(owner);
				}
			}
		});
		return left;
	}

	/** Every owner whose keys were destroyed. */
	public List<UUID> destroyedOwners() {
		return ledger.read(0, ledger.size());
	}

	/** Re-wraps every owner's keys with the KEK's current primary key; returns how many owners were re-wrapped. */
	int rewrapAll() throws GeneralSecurityException {
		int count = 0;
		for (int bucket = 0; bucket < KeyBuckets.BUCKETS; bucket++) {
			count += buckets.rewriteLive(bucket, slot -> wrap(slot.owner(), unwrap(slot.owner(), slot.payload())));
		}
		cache.clear();
		return count;
	}

	/** The folder of the bucket files, for backups and tests. */
	Path bucketFolder() {
		return dir.resolve("buckets");
	}

	private Optional<OwnerKeys> keys(UUID owner, boolean create) {
		followLedger();
		if (recentlyDestroyed.contains(owner)) {
			return destroyed(owner, create);
		}
		Instant now = clock.instant();
		Cached cached = cache.get(owner);
		if (cached != null && cached.expires().isAfter(now)) {
			return Optional.of(cached.keys());
		}
		KeyBuckets.Slot slot = buckets.find(owner);
		if (slot == null) {
			if (!create) {
				return Optional.empty();
			}
			byte[] wrapped = wrap(owner, OwnerKeys.fresh());
			// Added only if no other thread or instance added the owner (or its tombstone) meanwhile.
			slot = buckets.update(owner,
					current -> current == null ? new KeyBuckets.Slot(0, KeyBuckets.LIVE, owner, wrapped) : null, true);
		}
		if (slot.state() != KeyBuckets.LIVE) {
			return destroyed(owner, create);
		}
		OwnerKeys keys = unwrap(owner, slot.payload());
		sweep(now);
		if (cache.size() > CACHE_LIMIT) {
			cache.clear();
		}
		cache.put(owner, new Cached(keys, now.plus(cacheTtl)));
		if (recentlyDestroyed.contains(owner)) {
			// destroyed while it was being read: forget it
			cache.remove(owner);
			return destroyed(owner, create);
		}
		return Optional.of(keys);
	}

	/**
	 * Forgets the expired keys, at most once a second: while keys are being opened, an unwrapped key leaves memory
	 * within a second of its time instead of staying until the cache is full, and the cache holds only the owners
	 * used in the last {@code cacheTtl}.
	 */
	private void sweep(Instant now) {
		long millis = now.toEpochMilli();
		if (millis < nextSweep) {
			return;
		}
		nextSweep = millis + 1_000;
		forgetExpired(now);
	}

	/** Forgets the unwrapped keys whose time in memory is up, also when no key is being opened (a job, every 10 s). */
	public void forgetExpired() {
		forgetExpired(clock.instant());
	}

	private void forgetExpired(Instant now) {
		cache.values().removeIf(cached -> !cached.expires().isAfter(now));
	}

	/** How many owners' keys are in memory now, for tests. */
	int cached() {
		return cache.size();
	}

	private static Optional<OwnerKeys> destroyed(UUID owner, boolean create) {
		if (create) {
			throw new KeysDestroyedException(owner);
		}
		return Optional.empty();
	}

	/** Reads what other instances appended to the ledger since last time, and forgets their owners' cached keys. */
	private void followLedger() {
		long size = ledger.size();
		if (size == ledgerSeen) {
			return;
		}
		synchronized (this) {
			long seen = ledgerSeen;
			if (size > seen) {
				for (UUID owner : ledger.read(seen, size)) {
					recentlyDestroyed.add(owner);
					cache.remove(owner);
				}
			}
			ledgerSeen = size; // smaller: the ledger was restored from a copy
		}
	}

	byte[] wrap(UUID owner, OwnerKeys keys) {
		try {
			return kek.aead().encrypt(keys.serialize(), associatedData(owner));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A data key cannot be created", e);
		}
	}

	private OwnerKeys unwrap(UUID owner, byte[] wrapped) {
		try {
			return OwnerKeys.parse(kek.aead().decrypt(wrapped, associatedData(owner)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A data key cannot be unwrapped: is this the right key-encryption key?", e);
		}
	}

	static byte[] associatedData(UUID owner) {
		return ("tandem-owner-keys-v2\0" + owner).getBytes(StandardCharsets.UTF_8);
	}

	private static String label(KeyPurpose purpose) {
		return purpose.name().toLowerCase(Locale.ROOT);
	}

	private static <P> P primitive(KeysetHandle handle, Class<P> type) {
		try {
			return handle.getPrimitive(RegistryConfiguration.get(), type);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Cached(OwnerKeys keys, Instant expires) {
	}

}
