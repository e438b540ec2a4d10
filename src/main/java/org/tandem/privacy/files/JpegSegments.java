package org.tandem.privacy.files;

import java.io.ByteArrayOutputStream;

/**
 * Removes identifying segments from JPEG data without decoding it: EXIF and XMP (APP1), Photoshop and IPTC records
 * (APP13), other application segments and comments. Kept: JFIF (APP0), the colour profile (APP2) and Adobe's colour
 * transform (APP14), which decoders need. Used for JPEG images inside PDFs, which are not re-encoded.
 */
final class JpegSegments {

	private JpegSegments() {
	}

	/** The JPEG without its identifying segments, or the input unchanged if it is not a well-formed JPEG. */
	static byte[] strip(byte[] jpeg) {
		if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
			return jpeg;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
		out.write(0xFF);
		out.write(0xD8);
		int i = 2;
		while (i + 4 <= jpeg.length) {
			if ((jpeg[i] & 0xFF) != 0xFF) {
				return jpeg;
			}
			int marker = jpeg[i + 1] & 0xFF;
			if (marker == 0xDA) { // start of scan: the rest is image data
				out.write(jpeg, i, jpeg.length - i);
				return out.toByteArray();
			}
			int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
			if (length < 2 || i + 2 + length > jpeg.length) {
				return jpeg;
			}
			if (!identifying(marker)) {
				out.write(jpeg, i, 2 + length);
			}
			i += 2 + length;
		}
		return jpeg;
	}

	private static boolean identifying(int marker) {
		boolean application = marker >= 0xE1 && marker <= 0xEF;
		return (application && marker != 0xE2 && marker != 0xEE) || marker == 0xFE;
	}

}
