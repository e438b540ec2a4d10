package org.tandem.privacy.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The key-encryption key (KEK) that wraps every data key. In order: a KMS key URI if one is configured, else a
 * keyset file (created on the very first start with owner-only permissions), else Tandem refuses to start. A KEK is
 * never generated when wrapped data keys already exist: that would hide a lost KEK behind an empty, working system.
 */
public final class KeyEncryptionKey {

	private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);

	private final @Nullable Path file;

	private volatile Aead aead;

	private volatile @Nullable KeysetHandle keyset;

	/** When the file was last read, so that a rotation by another instance is seen at the next use. */
	private volatile @Nullable FileTime loadedVersion;

	private KeyEncryptionKey(@Nullable Path file, Aead aead, @Nullable KeysetHandle keyset) {
		this.file = file;
		this.aead = aead;
		this.keyset = keyset;
		this.loadedVersion = file == null ? null : modified(file);
	}

	/** Loads the KEK, or throws {@link IllegalStateException} with a message that tells the operator what to do. */
	public static KeyEncryptionKey load(@Nullable String uri, Path file, boolean dataKeysExist) {
		if (uri != null && !uri.isBlank()) {
			try {
				return new KeyEncryptionKey(null, kmsClient(uri).getAead(uri), null);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("The key-encryption key at TANDEM_PRIVACY_KEK_URI cannot be used ("
						+ e.getMessage() + "). Put the KMS client for this URI on the class path and check access.", e);
			}
		}
		if (Files.isRegularFile(file)) {
			return fromFile(file);
		}
		if (dataKeysExist) {
			throw new IllegalStateException("The key-encryption key file " + file + " is missing, but wrapped data keys"
					+ " exist. Restore the key file (or set TANDEM_PRIVACY_KEK_URI); Tandem will not make a new one.");
		}
		try {
			KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			write(file, keyset);
			log.info("Created a new key-encryption key in {} (readable by its owner only). Back it up apart from the"
					+ " database: without it no sealed data can be read.", file);
			return fromFile(file);
		}
		catch (GeneralSecurityException | UncheckedIOException e) {
			throw new IllegalStateException("No key-encryption key: " + file + " cannot be created (" + e.getMessage()
					+ "). Make the data directory writable, set TANDEM_PRIVACY_KEK_FILE, or set TANDEM_PRIVACY_KEK_URI.",
					e);
		}
	}

	/** A client registered by the application, else one found on the class path (Tink's KMS extensions). */
	private static com.google.crypto.tink.KmsClient kmsClient(String uri) throws GeneralSecurityException {
		try {
			return KmsClients.get(uri);
		}
		catch (GeneralSecurityException notRegistered) {
			return KmsClients.getAutoLoaded(uri);
		}
	}

	private static KeyEncryptionKey fromFile(Path file) {
		try {
			KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file, StandardCharsets.UTF_8),
					InsecureSecretKeyAccess.get());
			return new KeyEncryptionKey(file, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class), keyset);
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("The key-encryption key file " + file + " cannot be read (" + e.getMessage()
					+ "). Check its permissions and that it is the file Tandem created.", e);
		}
	}

	/**
	 * The KEK as an AEAD: wraps and unwraps data keysets. A file-held KEK is read again whenever the file changed,
	 * so every instance sharing the data directory follows a rotation made by any of them.
	 */
	Aead aead() {
		Path path = file;
		if (path != null && !java.util.Objects.equals(modified(path), loadedVersion)) {
			reload(path);
		}
		return aead;
	}

	private synchronized void reload(Path path) {
		FileTime version = modified(path);
		if (java.util.Objects.equals(version, loadedVersion)) {
			return;
		}
		KeyEncryptionKey fresh = fromFile(path);
		this.keyset = fresh.keyset;
		this.aead = fresh.aead;
		this.loadedVersion = version;
	}

	private static @Nullable FileTime modified(Path path) {
		try {
			return Files.getLastModifiedTime(path);
		}
		catch (IOException e) {
			return null;
		}
	}

	/** When the newest KEK key was added, if a rotation is waiting to retire older ones. */
	java.util.Optional<java.time.Instant> rotationStarted() {
		Path path = file;
		if (path == null) {
			return java.util.Optional.empty();
		}
		aead();
		FileTime version = loadedVersion;
		return size() > 1 && version != null ? java.util.Optional.of(version.toInstant()) : java.util.Optional.empty();
	}

	/** Whether rotation is done here (a keyset file) rather than in the KMS. */
	boolean isFile() {
		return file != null;
	}

	/**
	 * First half of a rotation: adds a new primary key to the KEK file and keeps the old ones, so data keys wrapped
	 * with either still open. After every data key is re-wrapped, {@link #retireOldKeys()} removes the old ones.
	 */
	synchronized void addNewPrimary() throws GeneralSecurityException {
		aead();
		KeysetHandle current = requireFile();
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
		builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
			.withRandomId()
			.makePrimary());
		install(builder.build());
	}

	/** Second half of a rotation: only the primary key remains. */
	synchronized void retireOldKeys() throws GeneralSecurityException {
		aead();
		KeysetHandle current = requireFile();
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
		for (int i = builder.size() - 1; i >= 0; i--) {
			if (!builder.getAt(i).isPrimary()) {
				builder.deleteAt(i);
			}
		}
		install(builder.build());
	}

	/** How many keys the KEK file holds (one, except during a rotation). */
	int size() {
		KeysetHandle current = keyset;
		return current == null ? 1 : (int) java.util.stream.IntStream.range(0, current.size())
			.filter(i -> current.getAt(i).getStatus() == KeyStatus.ENABLED)
			.count();
	}

	private KeysetHandle requireFile() {
		KeysetHandle current = keyset;
		if (current == null || file == null) {
			throw new IllegalStateException("The key-encryption key is held by a KMS: rotate it there");
		}
		return current;
	}

	private void install(KeysetHandle next) throws GeneralSecurityException {
		Path path = java.util.Objects.requireNonNull(file);
		write(path, next);
		this.keyset = next;
		this.aead = next.getPrimitive(RegistryConfiguration.get(), Aead.class);
		this.loadedVersion = modified(path);
	}

	/** Writes a keyset file atomically, readable and writable by its owner only. */
	private static void write(Path file, KeysetHandle keyset) throws GeneralSecurityException {
		try {
			Path dir = file.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			Path temp = dir.resolve(file.getFileName() + ".tmp");
			Files.deleteIfExists(temp);
			SecureFiles.createOwnerOnly(temp);
			Files.writeString(temp, TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()),
					StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
