package org.tandem.privacy.files;

import java.util.UUID;

/**
 * A file the {@link EncryptedFileStore} holds. The caller keeps the id (and the purpose it stored the file under)
 * to open it again; the size is that of the plaintext.
 */
public record StoredFile(UUID id, long size) {
}
