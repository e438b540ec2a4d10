package org.tandem.privacy;

import java.security.GeneralSecurityException;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tandem.privacy.keys.DataKeyStore;

import com.google.crypto.tink.Aead;

/**
 * Seals and opens values under an owner's data keys, bound to their {@link Place}. Modules normally use {@link
 * SealedText} fields instead; this is for the few places that seal outside an aggregate.
 */
@Component
public class Sealer {

	private final DataKeyStore keys;

	Sealer(DataKeyStore keys) {
		this.keys = keys;
	}

	/** Seals a value. Throws {@link KeysDestroyedException} if the owner was purged. */
	public byte[] seal(Place place, KeyPurpose purpose, byte[] plaintext) {
		try {
			return keys.aead(place.owner(), purpose).encrypt(plaintext, place.associatedData());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A value could not be sealed", e);
		}
	}

	/**
	 * Opens a value: empty if the owner's keys are gone. A ciphertext that does not belong to this place (copied from
	 * another row, column or owner) or was tampered with throws {@link SealBrokenException}.
	 */
	public Optional<byte[]> open(Place place, KeyPurpose purpose, byte[] ciphertext) {
		Optional<Aead> aead = keys.existingAead(place.owner(), purpose);
		if (aead.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(aead.get().decrypt(ciphertext, place.associatedData()));
		}
		catch (GeneralSecurityException e) {
			throw new SealBrokenException(place);
		}
	}

}
