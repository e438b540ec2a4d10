package org.tandem.privacy.keys;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.util.SecretBytes;

/**
 * All the data keys of one owner in a few hundred bytes: a random 256-bit root from which every purpose's key is
 * derived (HKDF-SHA256, the purpose as info), so that an owner's keys are made, written and synced once whatever
 * purposes it later uses, and destroying the root destroys them all. Owners whose keys were made before the store
 * kept roots bring their keys along ({@code legacy}: the raw AES-256 key and Tink key id of each purpose's keyset),
 * so their ciphertexts still open. Serialized, it is wrapped by the key-encryption key and never written in clear.
 */
record OwnerKeys(byte[] root, Map<String, LegacyKey> legacy) {

	private static final int VERSION = 1;

	private static final SecureRandom random = new SecureRandom();

	static OwnerKeys fresh() {
		byte[] root = new byte[32];
		random.nextBytes(root);
		return new OwnerKeys(root, Map.of());
	}

	/**
	 * Keys taken from an owner's keysets of the old layout (label, as in {@code identifying} or
	 * {@code files-case}, to keyset). Throws if a keyset is not the single AES-256 key the store always made.
	 */
	static OwnerKeys fromLegacy(Map<String, KeysetHandle> keysets) throws GeneralSecurityException {
		Map<String, LegacyKey> legacy = new LinkedHashMap<>();
		for (var entry : keysets.entrySet()) {
			KeysetHandle handle = entry.getValue();
			if (handle.size() != 1) {
				throw new GeneralSecurityException("A data keyset of the old layout holds " + handle.size() + " keys");
			}
			Key key = handle.getAt(0).getKey();
			if (key instanceof AesGcmKey aead && aead.getParameters().equals(PredefinedAeadParameters.AES256_GCM)) {
				legacy.put(entry.getKey(), new LegacyKey(aead.getIdRequirementOrNull(),
						aead.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get())));
			}
			else if (key instanceof AesGcmHkdfStreamingKey streaming
					&& streaming.getParameters().equals(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB)) {
				legacy.put(entry.getKey(), new LegacyKey(0,
						streaming.getInitialKeyMaterial().toByteArray(InsecureSecretKeyAccess.get())));
			}
			else {
				throw new GeneralSecurityException("A data keyset of the old layout has unexpected parameters");
			}
		}
		return new OwnerKeys(fresh().root(), legacy);
	}

	/**
	 * The keyset for a label: {@code identifying} or {@code case} (AES-256-GCM), {@code files-identifying} or
	 * {@code files-case} (streaming AES-256-GCM-HKDF with 1 MB segments).
	 */
	KeysetHandle keyset(String label) {
		boolean streaming = label.startsWith("files-");
		try {
			LegacyKey old = legacy.get(label);
			byte[] material = old != null ? old.key() : derive(label, 32);
			int id = old != null && !streaming ? old.id() : java.nio.ByteBuffer.wrap(derive("id\0" + label, 4)).getInt();
			if (streaming) {
				// A streaming key writes no key id into its ciphertexts: the keyset's id is only a label.
				var key = AesGcmHkdfStreamingKey.create(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB,
						SecretBytes.copyFrom(material, InsecureSecretKeyAccess.get()));
				return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(key).withFixedId(id).makePrimary()).build();
			}
			var key = AesGcmKey.builder()
				.setParameters(PredefinedAeadParameters.AES256_GCM)
				.setKeyBytes(SecretBytes.copyFrom(material, InsecureSecretKeyAccess.get()))
				.setIdRequirement(id)
				.build();
			return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(key).makePrimary()).build();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A data key cannot be derived", e);
		}
	}

	private byte[] derive(String info, int size) throws GeneralSecurityException {
		return Hkdf.computeHkdf("HMACSHA256", root, new byte[0],
				("tandem-data-key-v2\0" + info).getBytes(StandardCharsets.UTF_8), size);
	}

	byte[] serialize() {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeByte(VERSION);
			out.write(root);
			out.writeByte(legacy.size());
			for (var entry : legacy.entrySet()) {
				out.writeUTF(entry.getKey());
				out.writeInt(entry.getValue().id());
				out.writeByte(entry.getValue().key().length);
				out.write(entry.getValue().key());
			}
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static OwnerKeys parse(byte[] serialized) throws GeneralSecurityException {
		try {
			DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(serialized));
			if (in.readUnsignedByte() != VERSION) {
				throw new GeneralSecurityException("Unknown owner key format");
			}
			byte[] root = in.readNBytes(32);
			int count = in.readUnsignedByte();
			Map<String, LegacyKey> legacy = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				String label = in.readUTF();
				int id = in.readInt();
				byte[] key = in.readNBytes(in.readUnsignedByte());
				legacy.put(label, new LegacyKey(id, key));
			}
			return new OwnerKeys(root, Map.copyOf(legacy));
		}
		catch (IOException e) {
			throw new GeneralSecurityException("Truncated owner keys", e);
		}
	}

	/** A key of the old layout: its Tink key id (0 for streaming keys, which have none) and its raw bytes. */
	record LegacyKey(int id, byte[] key) {
	}

}
