package org.tandem.privacy;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;
import org.tandem.platform.JdbcValueConverters;

/**
 * Stores a {@link SealedText} as its ciphertext. Writing a value that was never sealed fails, so plaintext cannot
 * reach the database even if the sealing callback were skipped.
 */
@Component
class SealedTextConverters implements JdbcValueConverters {

	@Override
	public List<?> converters() {
		return List.of(new Writing(), new Reading());
	}

	@WritingConverter
	static class Writing implements Converter<SealedText, byte[]> {

		@Override
		public byte[] convert(SealedText source) {
			byte[] ciphertext = source.ciphertext();
			if (ciphertext == null) {
				throw new IllegalStateException("A SealedText reached the database without being sealed");
			}
			return ciphertext;
		}

	}

	@ReadingConverter
	static class Reading implements Converter<byte[], SealedText> {

		@Override
		public SealedText convert(byte[] source) {
			return SealedText.stored(source);
		}

	}

}
