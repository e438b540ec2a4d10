/**
 * Files kept for an owner (attachments, exports): encrypted on the way to the disk with the owner's streaming data
 * key, so no plaintext byte is ever written, and destroyed for good with the owner's keys by a purge. Uploads pass
 * the {@link org.tandem.privacy.files.UploadInspector} first: size limit, type from the bytes against an allowlist,
 * and metadata stripped where the format allows. Everything happens in memory or on the encrypted stream; there is
 * no plaintext temporary file. See {@code docs/privacy-files.md}.
 */
@NullMarked
@NamedInterface("files")
package org.tandem.privacy.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
