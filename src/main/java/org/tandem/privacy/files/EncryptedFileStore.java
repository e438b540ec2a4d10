package org.tandem.privacy.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.OwnerFiles;
import org.tandem.privacy.KeysDestroyedException;
import org.tandem.privacy.keys.DataKeyStore;
import org.tandem.privacy.keys.SecureFiles;

import com.google.crypto.tink.StreamingAead;

/**
 * Keeps an owner's files encrypted with the owner's streaming data key (Tink AES256-GCM-HKDF, 1 MB segments), at
 * {@code <data-dir>/files/ab/<owner>/<file id>}. Content is encrypted segment by segment as it streams in, so no
 * plaintext byte reaches the disk, and a file of any size needs only one segment of memory. The owner and the file id
 * are bound to every file as associated data: a file copied to another owner or id does not open. Once an owner's
 * keys are destroyed by a purge its files can never be read again; {@link #deleteAll(UUID)} then removes the
 * ciphertext too.
 */
@Component
public class EncryptedFileStore implements OwnerFiles {

	private static final String PARTIAL = ".partial";

	private final DataKeyStore keys;

	private final Path root;

	@Autowired
	EncryptedFileStore(DataKeyStore keys, TandemProperties tandem) {
		this(keys, tandem.dataDir().resolve("files"));
	}

	EncryptedFileStore(DataKeyStore keys, Path root) {
		this.keys = keys;
		this.root = root.toAbsolutePath();
	}

	/**
	 * Encrypts and stores the content, which is read to its end but not closed. The file appears under its id only
	 * once it is complete: it is written under a temporary name in the same directory and then moved atomically.
	 * Throws {@link KeysDestroyedException} if the owner was purged.
	 */
	public StoredFile store(UUID owner, KeyPurpose purpose, InputStream content) {
		StreamingAead aead = keys.streamingAead(owner, purpose);
		UUID id = UUID.randomUUID();
		Path file = file(owner, id);
		Path partial = file.resolveSibling(id + PARTIAL);
		try {
			SecureFiles.createOwnerOnlyDirectory(file.getParent());
			long size;
			try (FileChannel channel = SecureFiles.createNewChannel(partial)) {
				try (OutputStream encrypting = aead.newEncryptingStream(new KeepOpen(Channels.newOutputStream(channel)),
						associatedData(owner, id))) {
					size = content.transferTo(encrypting);
				}
				channel.force(true);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(id, size);
		}
		catch (IOException | GeneralSecurityException | RuntimeException e) {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e instanceof IOException io) {
				throw new UncheckedIOException("A file could not be stored", io);
			}
			throw new IllegalStateException("A file could not be encrypted", e);
		}
	}

	/**
	 * Opens a file for reading: empty if the owner's keys were destroyed or there is no such file. A file that does
	 * not belong to this owner and id, or was stored under another purpose, throws {@link FileBrokenException} here.
	 * Each 1 MB segment is authenticated before any of it is returned; a segment altered or a file cut short further
	 * on makes a later {@code read} throw an {@link IOException}, so a damaged file is never read to a quiet end.
	 * The caller closes the stream.
	 */
	public Optional<InputStream> open(UUID owner, UUID fileId, KeyPurpose purpose) {
		Optional<StreamingAead> aead = keys.existingStreamingAead(owner, purpose);
		if (aead.isEmpty()) {
			return Optional.empty();
		}
		InputStream ciphertext;
		try {
			ciphertext = Files.newInputStream(file(owner, fileId));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		try {
			PushbackInputStream plaintext = new PushbackInputStream(
					aead.get().newDecryptingStream(ciphertext, associatedData(owner, fileId)), 1);
			// Reading the first byte authenticates the header and first segment: a file that is not this one
			// fails now, not in the middle of whatever the caller streams it to.
			int first = plaintext.read();
			if (first >= 0) {
				plaintext.unread(first);
			}
			return Optional.of(plaintext);
		}
		catch (IOException | GeneralSecurityException e) {
			closeQuietly(ciphertext, e);
			throw new FileBrokenException(owner, fileId, e);
		}
	}

	/** Whether the file exists (whether it can still be read depends on the owner's keys). */
	public boolean exists(UUID owner, UUID fileId) {
		return Files.isRegularFile(file(owner, fileId));
	}

	/** Deletes one file. Idempotent. */
	public void delete(UUID owner, UUID fileId) {
		try {
			Files.deleteIfExists(file(owner, fileId));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Deletes every file of the owner, with its directory, and returns how many stored files there were. A purge
	 * destroys the owner's keys first (so no new file can be stored meanwhile) and then calls this. Idempotent.
	 */
	@Override
	public int deleteAll(UUID owner) {
		Path dir = ownerDirectory(owner);
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dir)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		catch (NoSuchFileException e) {
			return 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int count = 0;
		for (Path path : paths) {
			try {
				boolean stored = Files.isRegularFile(path) && !path.getFileName().toString().endsWith(PARTIAL);
				if (Files.deleteIfExists(path) && stored) {
					count++;
				}
			}
			catch (DirectoryNotEmptyException e) {
				throw new IllegalStateException("Files of owner " + owner + " were added while they were deleted", e);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return count;
	}

	Path file(UUID owner, UUID fileId) {
		return ownerDirectory(owner).resolve(fileId.toString());
	}

	private Path ownerDirectory(UUID owner) {
		String name = owner.toString();
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	/** The version tag, the owner and the file id, separated by NUL characters. */
	static byte[] associatedData(UUID owner, UUID fileId) {
		return ("tandem-file-v1\0" + owner + "\0" + fileId).getBytes(StandardCharsets.UTF_8);
	}

	private static void closeQuietly(InputStream stream, Exception failure) {
		try {
			stream.close();
		}
		catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	/**
	 * Lets the encrypting stream write its final segment and close without closing the channel, which must still be
	 * forced to the disk before the file is moved into place.
	 */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
