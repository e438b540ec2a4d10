package org.tandem.privacy.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Removes the metadata of an image by decoding its pixels and encoding them afresh in the same format: EXIF (with
 * GPS positions, camera serial numbers, times), XMP, comments and PNG text chunks are not carried over. The streams
 * are memory-cached explicitly, because {@code ImageIO.read}/{@code write} on plain streams cache in a temporary
 * file by default, which would put plaintext on the disk.
 */
final class ImageCleaner {

	/** Decoding takes about four bytes a pixel; beyond this an upload could exhaust the memory. */
	static final long MAX_PIXELS = 40_000_000;

	private static final float JPEG_QUALITY = 0.92f;

	private ImageCleaner() {
	}

	static byte[] clean(byte[] content, FileType type) throws IOException {
		String format = type == FileType.PNG ? "png" : "jpeg";
		BufferedImage image = read(content, format);
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
		if (!writers.hasNext()) {
			throw new IOException("No " + format + " writer");
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			if (type == FileType.JPEG) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage read(byte[] content, String format) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IOException("No " + format + " reader");
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > MAX_PIXELS) {
				throw new UploadRejectedException(UploadRejectedException.IMAGE_TOO_LARGE, MAX_PIXELS / 1_000_000);
			}
			return reader.read(0);
		}
		finally {
			reader.dispose();
		}
	}

}
