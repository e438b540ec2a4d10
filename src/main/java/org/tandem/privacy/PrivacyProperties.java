package org.tandem.privacy;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption key and the data keys live ({@code docs/configuration.md}, {@code docs/privacy.md}).
 *
 * @param kekUri a Tink KMS key URI ({@code aws-kms://…}, {@code gcp-kms://…}) served by a KMS client on the class
 * path; when set, it wins over the file
 * @param kekFile the key-encryption keyset file; default {@code kek.json} in the data directory
 * @param keyStore the folder of wrapped data keys; default {@code keys} in the data directory. It is kept apart from
 * the database so that database backups never hold a key (ADR 0010)
 * @param keyCacheTtl how long an unwrapped data key stays in memory on one instance
 * @param purgeInterval how often scheduled purges and retention rules run
 */
@ConfigurationProperties("tandem.privacy")
public record PrivacyProperties(@Nullable String kekUri, @Nullable Path kekFile, @Nullable Path keyStore,
		@DefaultValue("60s") Duration keyCacheTtl, @DefaultValue("15m") Duration purgeInterval) {
}
