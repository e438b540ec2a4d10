package org.tandem.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.KeysDestroyedException;
import org.tandem.privacy.keys.DataKeyStore;
import org.tandem.privacy.keys.KeyEncryptionKey;
import org.tandem.support.Bytes;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/** Real keys, real files: what is on the disk, what opens, and what no longer does. */
class EncryptedFileStoreTests {

	static final byte[] MARKER = "PLAINTEXT-MARKER-7f3a9c".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dataDir;

	DataKeyStore keys;

	EncryptedFileStore store;

	final UUID owner = UUID.randomUUID();

	@BeforeAll
	static void registerTink() throws GeneralSecurityException {
		AeadConfig.register();
		StreamingAeadConfig.register();
	}

	@BeforeEach
	void createStore() {
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, dataDir.resolve("kek.json"), false);
		keys = new DataKeyStore(dataDir.resolve("keys"), kek, Duration.ofSeconds(60), Clock.systemUTC());
		store = new EncryptedFileStore(keys, dataDir.resolve("files"));
	}

	@Test
	void aFileOfSeveralMegabytesStreamsInAndOutUnchanged() throws Exception {
		byte[] content = content(5 * 1024 * 1024 + 12_345);
		StoredFile stored = store.store(owner, KeyPurpose.CASE, new TrickleStream(content));

		assertThat(stored.size()).isEqualTo(content.length);
		try (InputStream in = store.open(owner, stored.id(), KeyPurpose.CASE).orElseThrow()) {
			assertThat(sha256(in)).isEqualTo(sha256(new ByteArrayInputStream(content)));
		}
	}

	@Test
	void anEmptyFileRoundTrips() throws IOException {
		StoredFile stored = store.store(owner, KeyPurpose.CASE, InputStream.nullInputStream());

		assertThat(stored.size()).isZero();
		try (InputStream in = store.open(owner, stored.id(), KeyPurpose.CASE).orElseThrow()) {
			assertThat(in.readAllBytes()).isEmpty();
		}
	}

	@Test
	void theBytesOnTheDiskHoldNoPlaintext() throws IOException {
		byte[] content = content(3 * 1024 * 1024);
		StoredFile stored = store.store(owner, KeyPurpose.IDENTIFYING, new ByteArrayInputStream(content));

		Path file = onlyFile();
		assertThat(file).isEqualTo(dataDir.resolve("files")
			.resolve(owner.toString().substring(0, 2))
			.resolve(owner.toString())
			.resolve(stored.id().toString()));
		byte[] onDisk = Files.readAllBytes(file);
		assertThat(onDisk.length).isGreaterThan(content.length);
		assertThat(Bytes.indexOf(onDisk, MARKER)).isEqualTo(-1);
		assertThat(Bytes.indexOf(content, MARKER)).isNotEqualTo(-1);
		try (Stream<Path> all = Files.walk(dataDir)) {
			for (Path path : all.filter(Files::isRegularFile).toList()) {
				assertThat(Bytes.indexOf(Files.readAllBytes(path), MARKER)).as(path.toString()).isEqualTo(-1);
			}
		}
	}

	@Test
	void aFileCopiedToAnotherOwnerOrIdDoesNotOpen() throws IOException {
		UUID other = UUID.randomUUID();
		StoredFile mine = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(100_000)));
		StoredFile theirs = store.store(other, KeyPurpose.CASE, new ByteArrayInputStream(content(10)));

		UUID anotherId = UUID.randomUUID();
		Files.copy(store.file(owner, mine.id()), store.file(owner, anotherId));
		assertThatExceptionOfType(FileBrokenException.class)
			.isThrownBy(() -> store.open(owner, anotherId, KeyPurpose.CASE));

		Files.copy(store.file(owner, mine.id()), store.file(other, mine.id()));
		assertThatExceptionOfType(FileBrokenException.class)
			.isThrownBy(() -> store.open(other, mine.id(), KeyPurpose.CASE));

		Files.copy(store.file(owner, mine.id()), store.file(other, theirs.id()), StandardCopyOption.REPLACE_EXISTING);
		assertThatExceptionOfType(FileBrokenException.class)
			.isThrownBy(() -> store.open(other, theirs.id(), KeyPurpose.CASE));
	}

	@Test
	void aFileDoesNotOpenUnderAnotherPurpose() {
		store.store(owner, KeyPurpose.IDENTIFYING, new ByteArrayInputStream(content(10)));
		StoredFile stored = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(1000)));

		assertThatExceptionOfType(FileBrokenException.class)
			.isThrownBy(() -> store.open(owner, stored.id(), KeyPurpose.IDENTIFYING));
	}

	@Test
	void anAlteredSegmentFailsTheReadInsteadOfReturningPlaintext() throws IOException {
		byte[] content = content(3 * 1024 * 1024);
		StoredFile stored = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content));
		Path file = store.file(owner, stored.id());
		byte[] onDisk = Files.readAllBytes(file);
		onDisk[2 * 1024 * 1024] ^= 1;
		Files.write(file, onDisk);

		try (InputStream in = store.open(owner, stored.id(), KeyPurpose.CASE).orElseThrow()) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
		}
	}

	@Test
	void aTruncatedFileFailsTheRead() throws IOException {
		StoredFile stored = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(3 * 1024 * 1024)));
		Path file = store.file(owner, stored.id());
		byte[] onDisk = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(onDisk, 2 * 1024 * 1024 + 100));

		try (InputStream in = store.open(owner, stored.id(), KeyPurpose.CASE).orElseThrow()) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
		}
	}

	@Test
	void nothingOpensOnceTheOwnersKeysAreDestroyed() {
		StoredFile stored = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(1000)));
		assertThat(store.open(owner, stored.id(), KeyPurpose.CASE)).isPresent();

		keys.destroy(owner);

		assertThat(store.open(owner, stored.id(), KeyPurpose.CASE)).isEmpty();
		assertThatExceptionOfType(KeysDestroyedException.class)
			.isThrownBy(() -> store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(10))));
	}

	@Test
	void aMissingFileOrUnknownOwnerOpensEmpty() {
		assertThat(store.open(UUID.randomUUID(), UUID.randomUUID(), KeyPurpose.CASE)).isEmpty();
		store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(10)));
		assertThat(store.open(owner, UUID.randomUUID(), KeyPurpose.CASE)).isEmpty();
	}

	@Test
	void deleteRemovesOneFileAndIsIdempotent() {
		StoredFile gone = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(10)));
		StoredFile kept = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(10)));

		store.delete(owner, gone.id());
		store.delete(owner, gone.id());

		assertThat(store.exists(owner, gone.id())).isFalse();
		assertThat(store.open(owner, gone.id(), KeyPurpose.CASE)).isEmpty();
		assertThat(store.open(owner, kept.id(), KeyPurpose.CASE)).isPresent();
	}

	@Test
	void deleteAllRemovesTheOwnersDirectoryAndIsIdempotent() {
		UUID other = UUID.randomUUID();
		List<StoredFile> mine = List.of(store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(10))),
				store.store(owner, KeyPurpose.IDENTIFYING, new ByteArrayInputStream(content(20))),
				store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(30))));
		StoredFile theirs = store.store(other, KeyPurpose.CASE, new ByteArrayInputStream(content(10)));
		Path ownerDir = store.file(owner, mine.getFirst().id()).getParent();

		keys.destroy(owner);
		assertThat(store.deleteAll(owner)).isEqualTo(3);

		assertThat(ownerDir).doesNotExist();
		mine.forEach(f -> assertThat(store.exists(owner, f.id())).isFalse());
		assertThat(store.deleteAll(owner)).isZero();
		assertThat(store.deleteAll(UUID.randomUUID())).isZero();
		assertThat(store.open(other, theirs.id(), KeyPurpose.CASE)).isPresent();
	}

	@Test
	void directoriesAndFilesAreForTheOwnerOnly() throws IOException {
		StoredFile stored = store.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(content(10)));
		Path file = store.file(owner, stored.id());

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		for (Path dir = file.getParent(); !dir.equals(dataDir); dir = dir.getParent()) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString())
				.isEqualTo("rwx------");
		}
	}

	@Test
	void aFailingUploadLeavesNoFileBehind() throws IOException {
		InputStream failing = new InputStream() {

			int left = 2 * 1024 * 1024;

			@Override
			public int read() throws IOException {
				if (left-- == 0) {
					throw new IOException("connection reset");
				}
				return 'x';
			}

		};

		assertThatThrownBy(() -> store.store(owner, KeyPurpose.CASE, failing)).hasRootCauseMessage("connection reset");

		try (Stream<Path> files = Files.walk(dataDir.resolve("files"))) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	private Path onlyFile() throws IOException {
		try (Stream<Path> files = Files.walk(dataDir.resolve("files"))) {
			List<Path> all = files.filter(Files::isRegularFile).toList();
			assertThat(all).hasSize(1);
			return all.getFirst();
		}
	}

	/** Random bytes with the marker repeated through them, so a plaintext segment anywhere on the disk would show. */
	static byte[] content(int size) {
		byte[] content = new byte[size];
		new Random(size).nextBytes(content);
		for (int at = 0; at + MARKER.length <= size; at += 64 * 1024) {
			System.arraycopy(MARKER, 0, content, at, MARKER.length);
		}
		return content;
	}

	static String sha256(InputStream in) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) >= 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Hands out the content in small reads, as a network upload would. */
	static final class TrickleStream extends InputStream {

		private final byte[] content;

		private int position;

		TrickleStream(byte[] content) {
			this.content = content;
		}

		@Override
		public int read() {
			return position < content.length ? content[position++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (position >= content.length) {
				return -1;
			}
			int n = Math.min(Math.min(length, 1500), content.length - position);
			System.arraycopy(content, position, buffer, offset, n);
			position += n;
			return n;
		}

	}

}
