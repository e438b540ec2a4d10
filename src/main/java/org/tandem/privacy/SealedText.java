package org.tandem.privacy;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A piece of text that is stored sealed. A module declares a field of this type (optionally with {@link Sealed}) on
 * an aggregate with a {@link DataOwner}; Spring Data JDBC seals it on save and opens it on load, so the module sees
 * only the text and the database only ciphertext.
 *
 * <p>A value is in one of three states: new (text only, not yet saved), open (text and the ciphertext it was read
 * from or sealed to) or destroyed (ciphertext whose keys no longer exist). Equality is by text.
 */
public final class SealedText {

	private final @Nullable String text;

	private final byte @Nullable [] ciphertext;

	private SealedText(@Nullable String text, byte @Nullable [] ciphertext) {
		this.text = text;
		this.ciphertext = ciphertext;
	}

	/** A new value to be sealed when its aggregate is saved. */
	public static SealedText of(String text) {
		return new SealedText(Objects.requireNonNull(text), null);
	}

	/** A value as stored, not yet opened (used by the persistence converters). */
	static SealedText stored(byte[] ciphertext) {
		return new SealedText(null, ciphertext.clone());
	}

	SealedText opened(String text) {
		return new SealedText(text, ciphertext);
	}

	SealedText sealedAs(byte[] sealed) {
		return new SealedText(text, sealed.clone());
	}

	/** The text; throws {@link IllegalStateException} if its keys were destroyed (see {@link #isDestroyed()}). */
	public String reveal() {
		if (text == null) {
			throw new IllegalStateException("This value can no longer be read: its keys were destroyed");
		}
		return text;
	}

	/** The text of an optional value, or null when there is none or its keys were destroyed. */
	public static @Nullable String readable(@Nullable SealedText value) {
		return value == null || value.isDestroyed() ? null : value.reveal();
	}

	/** Whether the keys that sealed this value are gone, so it can never be read again. */
	public boolean isDestroyed() {
		return text == null;
	}

	/** Whether this value still has to be sealed (new, or changed since it was read). */
	boolean needsSealing() {
		return ciphertext == null;
	}

	byte @Nullable [] ciphertext() {
		return ciphertext == null ? null : ciphertext.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SealedText that && Objects.equals(text, that.text)
				&& (text != null || Arrays.equals(ciphertext, that.ciphertext));
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(text);
	}

	/** Never shows the text, so a sealed value cannot leak into a log line by accident. */
	@Override
	public String toString() {
		return isDestroyed() ? "SealedText[destroyed]" : "SealedText[***]";
	}

}
