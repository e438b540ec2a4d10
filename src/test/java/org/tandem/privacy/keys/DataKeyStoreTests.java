package org.tandem.privacy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.KeysDestroyedException;
import org.tandem.support.Bytes;
import org.tandem.support.SettableClock;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * The bucket layout of the key store: two stores on one folder (as two instances) agree on one set of keys per owner
 * and see each other's purges, a purge leaves no byte of the wrapped keys, and a folder of the old layout (a file per
 * key, written here exactly as the old store wrote them) is moved at start with every key still opening what it
 * sealed. Real files, real crypto.
 */
class DataKeyStoreTests {

	@TempDir
	Path dir;

	@BeforeAll
	static void tink() throws GeneralSecurityException {
		AeadConfig.register();
		StreamingAeadConfig.register();
	}

	@Test
	void twoInstancesSharingTheFolderAgreeOnOneKeyPerOwnerAndSeeEachOthersPurges() throws Exception {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dir.resolve("kek.json"), false);
		DataKeyStore first = new DataKeyStore(dir.resolve("keys"), kek, Duration.ofMinutes(1), Clock.systemUTC());
		DataKeyStore second = new DataKeyStore(dir.resolve("keys"), KeyEncryptionKey.load(null, dir.resolve("kek.json"), true),
				Duration.ofMinutes(1), Clock.systemUTC());
		List<UUID> owners = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			owners.add(UUID.randomUUID());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<byte[]>> sealed = new ArrayList<>();
			for (UUID owner : owners) {
				for (DataKeyStore store : List.of(first, second)) {
					sealed.add(pool.submit((Callable<byte[]>) () -> store.aead(owner, KeyPurpose.CASE)
						.encrypt(owner.toString().getBytes(StandardCharsets.UTF_8), new byte[0])));
				}
			}
			for (int i = 0; i < sealed.size(); i++) {
				UUID owner = owners.get(i / 2);
				for (DataKeyStore store : List.of(first, second)) {
					assertThat(store.aead(owner, KeyPurpose.CASE).decrypt(sealed.get(i).get(), new byte[0]))
						.asString(StandardCharsets.UTF_8)
						.isEqualTo(owner.toString());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		UUID purged = owners.getFirst();
		assertThat(second.existingAead(purged, KeyPurpose.CASE)).isPresent(); // cached in the second instance
		first.destroy(purged);
		assertThat(second.existingAead(purged, KeyPurpose.CASE)).as("the other instance's cache").isEmpty();
		assertThat(second.isDestroyed(purged)).isTrue();
		assertThatThrownBy(() -> second.aead(purged, KeyPurpose.IDENTIFYING)).isInstanceOf(KeysDestroyedException.class);
		assertThat(first.destroyedOwners()).containsExactly(purged);
		assertThat(second.exists(owners.get(1))).isTrue();
		try (Stream<Path> files = Files.list(dir.resolve("keys").resolve("buckets"))) {
			assertThat(files.count()).isLessThanOrEqualTo(owners.size());
		}
	}

	@Test
	void unwrappedKeysLeaveMemoryOnceTheirTimeIsUp() throws Exception {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dir.resolve("kek.json"), false);
		SettableClock clock = new SettableClock(java.time.Instant.parse("2026-12-07T08:00:00Z"));
		DataKeyStore store = new DataKeyStore(dir.resolve("keys"), kek, Duration.ofMinutes(1), clock);
		for (int i = 0; i < 50; i++) {
			store.aead(UUID.randomUUID(), KeyPurpose.IDENTIFYING);
		}
		assertThat(store.cached()).isEqualTo(50);

		clock.advance(Duration.ofSeconds(30));
		UUID recent = UUID.randomUUID();
		byte[] sealed = store.aead(recent, KeyPurpose.CASE).encrypt("kept".getBytes(StandardCharsets.UTF_8), new byte[0]);
		assertThat(store.cached()).isEqualTo(51);

		// past the first fifty's time: the next key opened sweeps them out, the recent one stays and still opens
		clock.advance(Duration.ofSeconds(31));
		store.aead(UUID.randomUUID(), KeyPurpose.IDENTIFYING);
		assertThat(store.cached()).isEqualTo(2);
		assertThat(store.aead(recent, KeyPurpose.CASE).decrypt(sealed, new byte[0])).isEqualTo("kept".getBytes(StandardCharsets.UTF_8));

		// with no key opened at all, the job forgets them too
		clock.advance(Duration.ofSeconds(61));
		store.forgetExpired();
		assertThat(store.cached()).isZero();
	}

	@Test
	void aPurgeZeroesTheOwnersWrappedKeysInPlaceAndLeavesATombstone() throws Exception {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dir.resolve("kek.json"), false);
		DataKeyStore store = new DataKeyStore(dir.resolve("keys"), kek, Duration.ofMinutes(1), Clock.systemUTC());
		UUID owner = UUID.randomUUID();
		store.aead(owner, KeyPurpose.IDENTIFYING);
		Path bucket = store.bucketFolder().resolve(String.format("%03x", KeyBuckets.bucket(owner)));
		byte[] before = Files.readAllBytes(bucket);
		byte[] wrapped = new KeyBuckets(store.bucketFolder()).find(owner).payload();
		assertThat(Bytes.indexOf(before, wrapped)).isNotNegative();

		store.destroy(owner);
		store.destroy(owner);

		byte[] after = Files.readAllBytes(bucket);
		assertThat(after).hasSameSizeAs(before);
		assertThat(Bytes.indexOf(after, wrapped)).isNegative();
		assertThat(store.exists(owner)).isFalse();
		assertThat(store.destroyedOwners()).containsExactly(owner);
		UUID live = UUID.randomUUID();
		UUID unknown = UUID.randomUUID();
		store.aead(live, KeyPurpose.CASE);
		assertThat(store.notDestroyed(List.of(owner, live, unknown))).containsExactlyInAnyOrder(live, unknown);
		// A fresh instance (cold cache) refuses too: the slot itself is the tombstone.
		DataKeyStore restarted = new DataKeyStore(dir.resolve("keys"), KeyEncryptionKey.load(null, dir.resolve("kek.json"), true),
				Duration.ofMinutes(1), Clock.systemUTC());
		assertThat(restarted.isDestroyed(owner)).isTrue();
		assertThatThrownBy(() -> restarted.aead(owner, KeyPurpose.CASE)).isInstanceOf(KeysDestroyedException.class);
	}

	@Test
	void aFolderOfTheOldLayoutIsMovedAtStartAndEveryKeyStillOpensWhatItSealed() throws Exception {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dir.resolve("kek.json"), false);
		Path keys = dir.resolve("keys");
		UUID owner = UUID.randomUUID();
		UUID withFiles = UUID.randomUUID();
		UUID purged = UUID.randomUUID();
		UUID halfPurged = UUID.randomUUID();
		byte[] identifying = oldKey(keys, kek, owner, "identifying").getPrimitive(RegistryConfiguration.get(), Aead.class)
			.encrypt("Radio Sur".getBytes(StandardCharsets.UTF_8), "row".getBytes(StandardCharsets.UTF_8));
		byte[] caseNotes = oldKey(keys, kek, owner, "case").getPrimitive(RegistryConfiguration.get(), Aead.class)
			.encrypt("notes".getBytes(StandardCharsets.UTF_8), new byte[0]);
		byte[] file = encryptFile(oldKey(keys, kek, withFiles, "files-case"), "an attachment");
		oldKey(keys, kek, purged, "case");
		Files.delete(oldFile(keys, purged, "case"));
		Files.createFile(oldFile(keys, purged, "x").resolveSibling(purged + ".destroyed"));
		oldKey(keys, kek, halfPurged, "identifying"); // a purge interrupted before its key file was shredded
		Files.createFile(oldFile(keys, halfPurged, "x").resolveSibling(halfPurged + ".destroyed"));
		Files.copy(oldFile(keys, owner, "case"), oldFile(keys, owner, "case").resolveSibling(owner + ".case.json.rewrap"));
		assertThat(DataKeyStore.hasKeys(keys)).isTrue();

		DataKeyStore store = new DataKeyStore(keys, KeyEncryptionKey.load(null, dir.resolve("kek.json"), true),
				Duration.ofMinutes(1), Clock.systemUTC());

		assertThat(store.existingAead(owner, KeyPurpose.IDENTIFYING).orElseThrow()
			.decrypt(identifying, "row".getBytes(StandardCharsets.UTF_8))).asString(StandardCharsets.UTF_8)
			.isEqualTo("Radio Sur");
		assertThat(store.aead(owner, KeyPurpose.CASE).decrypt(caseNotes, new byte[0])).asString(StandardCharsets.UTF_8)
			.isEqualTo("notes");
		assertThat(decryptFile(store.existingStreamingAead(withFiles, KeyPurpose.CASE).orElseThrow(), file))
			.isEqualTo("an attachment");
		// A purpose the owner never used before the move is derived from its new root, and stays the same.
		byte[] later = store.aead(withFiles, KeyPurpose.IDENTIFYING).encrypt(new byte[] { 1 }, new byte[0]);
		DataKeyStore restarted = new DataKeyStore(keys, KeyEncryptionKey.load(null, dir.resolve("kek.json"), true),
				Duration.ofMinutes(1), Clock.systemUTC());
		assertThat(restarted.aead(withFiles, KeyPurpose.IDENTIFYING).decrypt(later, new byte[0])).containsExactly(1);
		assertThat(Set.copyOf(restarted.destroyedOwners())).containsExactlyInAnyOrder(purged, halfPurged);
		for (UUID gone : List.of(purged, halfPurged)) {
			assertThat(restarted.isDestroyed(gone)).isTrue();
			assertThat(restarted.exists(gone)).isFalse();
			assertThatThrownBy(() -> restarted.aead(gone, KeyPurpose.CASE)).isInstanceOf(KeysDestroyedException.class);
		}
		Set<String> left = new HashSet<>();
		try (Stream<Path> all = Files.list(keys)) {
			all.forEach(p -> left.add(p.getFileName().toString()));
		}
		assertThat(left).containsExactlyInAnyOrder("buckets", "destroyed");
	}

	/** A key file exactly as the store of the old layout wrote it. */
	private static KeysetHandle oldKey(Path keys, KeyEncryptionKey kek, UUID owner, String label) throws Exception {
		KeysetHandle handle = KeysetHandle.generateNew(label.startsWith("files-")
				? PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB : PredefinedAeadParameters.AES256_GCM);
		Path file = oldFile(keys, owner, label);
		Files.createDirectories(file.getParent());
		Files.writeString(file, TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, kek.aead(),
				("tandem-data-key-v1\0" + owner + "." + label).getBytes(StandardCharsets.UTF_8)));
		return handle;
	}

	private static Path oldFile(Path keys, UUID owner, String label) {
		return keys.resolve(owner.toString().substring(0, 2)).resolve(owner + "." + label + ".json");
	}

	private static byte[] encryptFile(KeysetHandle handle, String text) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = handle.getPrimitive(RegistryConfiguration.get(), StreamingAead.class)
			.newEncryptingStream(bytes, new byte[0])) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	private static String decryptFile(StreamingAead aead, byte[] ciphertext) throws Exception {
		try (InputStream in = aead.newDecryptingStream(new java.io.ByteArrayInputStream(ciphertext), new byte[0])) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
