package org.tandem.privacy.keys;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.PrivacyProperties;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/** The KEK and the data key store, found from the configuration and the data directory. */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

	static {
		try {
			AeadConfig.register();
			StreamingAeadConfig.register();
		}
		catch (GeneralSecurityException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	@Bean
	KeyEncryptionKey keyEncryptionKey(PrivacyProperties privacy, TandemProperties tandem) {
		return KeyEncryptionKey.load(privacy.kekUri(), kekFile(privacy, tandem),
				DataKeyStore.hasKeys(keyStore(privacy, tandem)));
	}

	@Bean
	DataKeyStore dataKeyStore(KeyEncryptionKey kek, PrivacyProperties privacy, TandemProperties tandem, Clock clock) {
		return new DataKeyStore(keyStore(privacy, tandem), kek, privacy.keyCacheTtl(), clock);
	}

	@Bean
	KekRotation kekRotation(KeyEncryptionKey kek, DataKeyStore store, Clock clock) {
		return new KekRotation(kek, store, clock);
	}

	static Path kekFile(PrivacyProperties privacy, TandemProperties tandem) {
		Path file = privacy.kekFile();
		return (file != null ? file : tandem.dataDir().resolve("kek.json")).toAbsolutePath();
	}

	static Path keyStore(PrivacyProperties privacy, TandemProperties tandem) {
		Path dir = privacy.keyStore();
		return (dir != null ? dir : tandem.dataDir().resolve("keys")).toAbsolutePath();
	}

}
