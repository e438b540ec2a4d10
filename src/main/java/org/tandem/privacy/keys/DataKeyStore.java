package org.tandem.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.KeysDestroyedException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.StreamingAead;

/**
 * Every owner's data keys, one Tink keyset per purpose, each wrapped by the {@link KeyEncryptionKey} with the owner
 * and purpose as associated data, in a folder apart from the database ({@code keys/ab/<owner>.<purpose>.json}).
 * Destroying an owner's keys overwrites and deletes its files and leaves a tombstone, so that no new key is ever made
 * for a purged owner. Keys are created on first use; two instances creating the same key at once agree on one,
 * because a key file is published with a hard link, which fails if the file already exists.
 */
public final class DataKeyStore {

	private static final String SUFFIX = ".json";

	private static final String TOMBSTONE = ".destroyed";

	private final Path dir;

	private final KeyEncryptionKey kek;

	private final Duration cacheTtl;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public DataKeyStore(Path dir, KeyEncryptionKey kek, Duration cacheTtl, Clock clock) {
		this.dir = dir;
		this.kek = kek;
		this.cacheTtl = cacheTtl;
		this.clock = clock;
		try {
			SecureFiles.createOwnerOnlyDirectory(dir);
		}
		catch (IOException e) {
			throw new IllegalStateException("The key store " + dir + " cannot be created (" + e.getMessage() + ")", e);
		}
	}

	/** Whether any wrapped data key exists in {@code dir}: then a missing KEK is an error, not a first start. */
	public static boolean hasKeys(Path dir) {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(dir, 2)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(SUFFIX));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The owner's AEAD for a purpose, created on first use. Throws if the owner's keys were destroyed. */
	public Aead aead(UUID owner, KeyPurpose purpose) {
		return handle(owner, purpose, true).map(h -> primitive(h, Aead.class)).orElseThrow();
	}

	/** The owner's AEAD for a purpose if its key exists; empty if it never existed or was destroyed. */
	public Optional<Aead> existingAead(UUID owner, KeyPurpose purpose) {
		return handle(owner, purpose, false).map(h -> primitive(h, Aead.class));
	}

	/** The owner's streaming AEAD for files, created on first use. Throws if the owner's keys were destroyed. */
	public StreamingAead streamingAead(UUID owner, KeyPurpose purpose) {
		return handle(owner, "files-" + purpose.name(), true).map(h -> primitive(h, StreamingAead.class)).orElseThrow();
	}

	/** The owner's streaming AEAD if its key exists. */
	public Optional<StreamingAead> existingStreamingAead(UUID owner, KeyPurpose purpose) {
		return handle(owner, "files-" + purpose.name(), false).map(h -> primitive(h, StreamingAead.class));
	}

	public boolean isDestroyed(UUID owner) {
		return Files.exists(tombstone(owner));
	}

	/** Whether the owner has at least one data key. */
	public boolean exists(UUID owner) {
		try (Stream<Path> files = Files.list(shard(owner))) {
			return files.anyMatch(f -> f.getFileName().toString().startsWith(owner + ".")
					&& f.getFileName().toString().endsWith(SUFFIX));
		}
		catch (java.nio.file.NoSuchFileException e) {
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Destroys every data key of the owner for good. The tombstone is written first, so a crash half-way leaves an
	 * owner that can no longer get keys, and the next call finishes the shredding. Idempotent.
	 */
	public void destroy(UUID owner) {
		try {
			Path shard = shard(owner);
			SecureFiles.createOwnerOnlyDirectory(shard);
			if (!Files.exists(tombstone(owner))) {
				try (var channel = SecureFiles.createNewChannel(tombstone(owner))) {
					channel.force(true);
				}
				catch (FileAlreadyExistsException destroyedMeanwhile) {
					// another thread or instance wrote it first
				}
			}
			cache.keySet().removeIf(k -> k.startsWith(owner + "."));
			// Every file of the owner: key files, and copies half-written by a publication or a rotation.
			try (Stream<Path> files = Files.list(shard)) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith(owner + ".")
						&& !f.getFileName().toString().endsWith(TOMBSTONE)).toList()) {
					SecureFiles.shred(file);
				}
			}
			cache.keySet().removeIf(k -> k.startsWith(owner + "."));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every owner whose keys were destroyed (their tombstones). */
	public List<UUID> destroyedOwners() {
		try (Stream<Path> files = Files.walk(dir, 2)) {
			return files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(TOMBSTONE))
				.map(n -> UUID.fromString(n.substring(0, n.length() - TOMBSTONE.length())))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every wrapped data key file. */
	public Stream<Path> keyFiles() {
		try (Stream<Path> files = Files.walk(dir, 2)) {
			return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList().stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Re-wraps every data key with the KEK's current primary key; returns how many files were re-wrapped. */
	int rewrapAll() throws GeneralSecurityException {
		int count = 0;
		for (Path file : keyFiles().toList()) {
			String name = file.getFileName().toString();
			String label = name.substring(0, name.length() - SUFFIX.length());
			UUID owner = UUID.fromString(label.substring(0, label.indexOf('.')));
			if (isDestroyed(owner)) {
				continue;
			}
			byte[] associated = associatedData(label);
			try {
				KeysetHandle handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
						Files.readString(file, StandardCharsets.UTF_8), kek.aead(), associated);
				Path temp = file.resolveSibling(name + ".rewrap");
				Files.deleteIfExists(temp);
				SecureFiles.createOwnerOnly(temp);
				Files.writeString(temp, TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, kek.aead(), associated),
						StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				if (isDestroyed(owner)) {
					// purged while this key was being re-wrapped: the move must not bring it back
					destroy(owner);
					continue;
				}
				count++;
			}
			catch (java.nio.file.NoSuchFileException e) {
				// destroyed by a purge meanwhile
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		cache.clear();
		return count;
	}

	private Optional<KeysetHandle> handle(UUID owner, Object purpose, boolean create) {
		String label = owner + "." + purpose.toString().toLowerCase(Locale.ROOT);
		Instant now = clock.instant();
		Cached cached = cache.get(label);
		if (cached != null && cached.expires().isAfter(now) && !isDestroyed(owner)) {
			return Optional.of(cached.handle());
		}
		if (isDestroyed(owner)) {
			if (create) {
				throw new KeysDestroyedException(owner);
			}
			return Optional.empty();
		}
		Path file = shard(owner).resolve(label + SUFFIX);
		try {
			if (!Files.exists(file)) {
				if (!create) {
					return Optional.empty();
				}
				publish(file, label, purpose);
			}
			KeysetHandle handle = TinkJsonProtoKeysetFormat
				.parseEncryptedKeyset(Files.readString(file, StandardCharsets.UTF_8), kek.aead(), associatedData(label));
			if (isDestroyed(owner)) {
				// destroyed while it was being read (or published): forget it, and shred what may have been linked
				destroy(owner);
				if (create) {
					throw new KeysDestroyedException(owner);
				}
				return Optional.empty();
			}
			if (cache.size() > 10_000) {
				cache.clear();
			}
			cache.put(label, new Cached(handle, now.plus(cacheTtl)));
			return Optional.of(handle);
		}
		catch (java.nio.file.NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A data key cannot be unwrapped: is this the right key-encryption key?", e);
		}
	}

	private void publish(Path file, String label, Object purpose) throws IOException {
		try {
			KeysetHandle fresh = KeysetHandle.generateNew(purpose instanceof KeyPurpose
					? PredefinedAeadParameters.AES256_GCM : PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
			String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(fresh, kek.aead(), associatedData(label));
			SecureFiles.createOwnerOnlyDirectory(file.getParent());
			Path temp = file.resolveSibling(label + "." + UUID.randomUUID() + ".new");
			SecureFiles.createOwnerOnly(temp);
			try {
				Files.writeString(temp, wrapped, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
						StandardOpenOption.SYNC);
				Files.createLink(file, temp);
			}
			catch (FileAlreadyExistsException lostTheRace) {
				// another thread or instance published first: use its key
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A data key cannot be created", e);
		}
	}

	private static byte[] associatedData(String label) {
		return ("tandem-data-key-v1\0" + label).getBytes(StandardCharsets.UTF_8);
	}

	private Path shard(UUID owner) {
		return dir.resolve(owner.toString().substring(0, 2));
	}

	private Path tombstone(UUID owner) {
		return shard(owner).resolve(owner + TOMBSTONE);
	}

	private static <P> P primitive(KeysetHandle handle, Class<P> type) {
		try {
			return handle.getPrimitive(RegistryConfiguration.get(), type);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Cached(KeysetHandle handle, Instant expires) {
	}

}
