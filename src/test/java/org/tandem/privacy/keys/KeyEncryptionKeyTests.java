package org.tandem.privacy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.privacy.KeyPurpose;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/** Where the KEK comes from, when Tandem refuses to start, and rotation. Real files, real crypto. */
class KeyEncryptionKeyTests {

	@TempDir
	Path dir;

	@BeforeAll
	static void tink() throws GeneralSecurityException {
		AeadConfig.register();
		com.google.crypto.tink.streamingaead.StreamingAeadConfig.register();
	}

	@Test
	void theFirstStartCreatesAKeyFileOnlyItsOwnerCanRead() throws Exception {
		Path file = dir.resolve("kek.json");
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, file, false);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		byte[] wrapped = kek.aead().encrypt("data key".getBytes(StandardCharsets.UTF_8), new byte[0]);
		// The next start reads the same key.
		assertThat(KeyEncryptionKey.load(null, file, true).aead().decrypt(wrapped, new byte[0]))
			.asString(StandardCharsets.UTF_8)
			.isEqualTo("data key");
	}

	@Test
	void aMissingKeyFileIsNeverReplacedWhenDataKeysExist() {
		Path file = dir.resolve("kek.json");
		assertThatThrownBy(() -> KeyEncryptionKey.load(null, file, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is missing, but wrapped data keys exist");
		assertThat(file).doesNotExist();
	}

	@Test
	void tandemRefusesToStartWithoutAPlaceForTheKey() throws Exception {
		Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
		assertThatThrownBy(() -> KeyEncryptionKey.load(null, notADirectory.resolve("kek.json"), false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("No key-encryption key")
			.hasMessageContaining("TANDEM_PRIVACY_KEK_URI");
		Path garbage = Files.writeString(dir.resolve("garbage.json"), "{not a keyset");
		assertThatThrownBy(() -> KeyEncryptionKey.load(null, garbage, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("cannot be read");
	}

	@Test
	void aKmsKeyUriWinsOverTheFile() throws Exception {
		KeysetHandle remote = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
		KmsClients.add(new LocalKms("tandem-test-kms://", remote));
		Path file = dir.resolve("kek.json");
		KeyEncryptionKey kek = KeyEncryptionKey.load("tandem-test-kms://hub-key", file, false);
		assertThat(file).doesNotExist();
		byte[] wrapped = kek.aead().encrypt(new byte[] { 7 }, new byte[0]);
		assertThat(remote.getPrimitive(RegistryConfiguration.get(), Aead.class).decrypt(wrapped, new byte[0]))
			.containsExactly(7);
		assertThat(kek.isFile()).isFalse();
		assertThatThrownBy(() -> KeyEncryptionKey.load("unknown-kms://key", file, false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("TANDEM_PRIVACY_KEK_URI");
	}

	@Test
	void rotationRewrapsEveryDataKeyAndRetiresTheOldKeyAfterTheGracePeriod() throws Exception {
		Path file = dir.resolve("kek.json");
		Path keys = dir.resolve("keys");
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, file, false);
		DataKeyStore store = new DataKeyStore(keys, kek, Duration.ofMinutes(1), Clock.systemUTC());
		UUID owner = UUID.randomUUID();
		byte[] sealed = store.aead(owner, KeyPurpose.IDENTIFYING).encrypt(new byte[] { 42 }, new byte[0]);
		store.streamingAead(owner, KeyPurpose.CASE);
		Path oldKek = Files.copy(file, dir.resolve("old-kek.json"), StandardCopyOption.COPY_ATTRIBUTES);
		// A second instance sharing the data directory, started before the rotation.
		KeyEncryptionKey otherInstanceKek = KeyEncryptionKey.load(null, file, true);
		DataKeyStore otherInstance = new DataKeyStore(keys, otherInstanceKek, Duration.ZERO, Clock.systemUTC());

		Instant start = Instant.now();
		KekRotation rotation = new KekRotation(kek, store, Clock.fixed(start, ZoneOffset.UTC));
		assertThat(rotation.rotate()).as("one owner, all its keys").isEqualTo(1);
		assertThat(kek.size()).isEqualTo(2);
		assertThat(rotation.finishIfDue()).as("within the grace period").isFalse();

		// The other instance follows the new file, and a key it makes now is wrapped with the new KEK key.
		UUID newOwner = UUID.randomUUID();
		byte[] sealedElsewhere = otherInstance.aead(newOwner, KeyPurpose.CASE).encrypt(new byte[] { 7 }, new byte[0]);
		assertThat(otherInstance.aead(owner, KeyPurpose.IDENTIFYING).decrypt(sealed, new byte[0])).containsExactly(42);

		KekRotation later = new KekRotation(kek, store,
				Clock.fixed(Instant.now().plus(KekRotation.GRACE).plusSeconds(1), ZoneOffset.UTC));
		assertThat(later.finishIfDue()).isTrue();
		assertThat(later.finishIfDue()).as("nothing left to finish").isFalse();

		KeysetHandle rotated = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
		assertThat(rotated.size()).isOne();
		// Read afresh, as after a restart: every data key opens with the new KEK and none with the old one.
		DataKeyStore restarted = new DataKeyStore(keys, KeyEncryptionKey.load(null, file, true), Duration.ZERO,
				Clock.systemUTC());
		assertThat(restarted.aead(owner, KeyPurpose.IDENTIFYING).decrypt(sealed, new byte[0])).containsExactly(42);
		assertThat(restarted.aead(newOwner, KeyPurpose.CASE).decrypt(sealedElsewhere, new byte[0])).containsExactly(7);
		assertThat(otherInstance.aead(owner, KeyPurpose.IDENTIFYING).decrypt(sealed, new byte[0])).containsExactly(42);
		DataKeyStore withOldKek = new DataKeyStore(keys, KeyEncryptionKey.load(null, oldKek, true), Duration.ZERO,
				Clock.systemUTC());
		assertThatThrownBy(() -> withOldKek.existingAead(owner, KeyPurpose.IDENTIFYING))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("right key-encryption key");
		try (var stream = Files.walk(keys)) {
			assertThat(stream.filter(Files::isRegularFile))
				.allSatisfy(f -> assertThat(Files.getPosixFilePermissions(f))
					.isEqualTo(PosixFilePermissions.fromString("rw-------")));
		}
	}

	@Test
	void aKeyPurgedBeforeARotationIsNotBroughtBack() throws Exception {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dir.resolve("kek.json"), false);
		DataKeyStore store = new DataKeyStore(dir.resolve("keys"), kek, Duration.ofMinutes(1), Clock.systemUTC());
		UUID owner = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		store.aead(owner, KeyPurpose.CASE);
		store.aead(other, KeyPurpose.CASE);
		store.destroy(owner);
		assertThat(new KekRotation(kek, store, Clock.systemUTC()).rotate()).isEqualTo(1);
		assertThat(store.exists(owner)).isFalse();
		assertThat(store.existingAead(owner, KeyPurpose.CASE)).isEmpty();
		assertThat(store.exists(other)).isTrue();
	}

	@Test
	void destroyedKeysStayDestroyedAndNoNewKeyIsMadeForTheOwner() {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dir.resolve("kek.json"), false);
		DataKeyStore store = new DataKeyStore(dir.resolve("keys"), kek, Duration.ofMinutes(1), Clock.systemUTC());
		UUID owner = UUID.randomUUID();
		store.aead(owner, KeyPurpose.CASE);
		assertThat(store.exists(owner)).isTrue();
		store.destroy(owner);
		store.destroy(owner);
		assertThat(store.exists(owner)).isFalse();
		assertThat(store.existingAead(owner, KeyPurpose.CASE)).isEmpty();
		assertThatThrownBy(() -> store.aead(owner, KeyPurpose.CASE))
			.isInstanceOf(org.tandem.privacy.KeysDestroyedException.class);
		assertThat(store.destroyedOwners()).containsExactly(owner);
	}

	/** A key management service in this process, standing in for a remote KMS that the test machine cannot reach. */
	private record LocalKms(String prefix, KeysetHandle key) implements KmsClient {

		@Override
		public boolean doesSupport(@Nullable String keyUri) {
			return keyUri != null && keyUri.startsWith(prefix);
		}

		@Override
		public KmsClient withCredentials(@Nullable String credentialPath) {
			return this;
		}

		@Override
		public KmsClient withDefaultCredentials() {
			return this;
		}

		@Override
		public Aead getAead(@Nullable String keyUri) throws GeneralSecurityException {
			return Optional.of(key).orElseThrow().getPrimitive(RegistryConfiguration.get(), Aead.class);
		}

	}

}
