package org.tandem.privacy.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Removes the metadata of a PDF: the document information dictionary (author, title, creator, dates), the XMP
 * metadata streams of the document, its pages and other objects, application data ({@code /PieceInfo}) and the file
 * identifier, annotation authors and dates, embedded files, document JavaScript, and the EXIF, XMP and IPTC
 * segments of JPEG images inside it. The document is written anew, not incrementally, so earlier revisions that held the metadata are gone
 * too. PDFBox works on memory only here: the input is a byte array and its stream cache is memory-only, so no scratch
 * file is written. Encrypted documents are refused: they cannot be cleaned without their password.
 */
final class PdfCleaner {

	private PdfCleaner() {
	}

	static byte[] clean(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
			if (document.isEncrypted()) {
				throw new IOException("Encrypted PDF");
			}
			document.setDocumentInformation(new PDDocumentInformation());
			document.getDocumentCatalog().setMetadata(null);
			strip(document.getDocumentCatalog().getCOSObject());
			COSDocument objects = document.getDocument();
			for (COSObjectKey key : List.copyOf(objects.getXrefTable().keySet())) {
				COSBase object = objects.getObjectFromPool(key).getObject();
				if (object instanceof COSStream stream && COSName.DCT_DECODE.equals(stream.getFilters())) {
					stripJpeg(stream);
				}
				if (object instanceof COSDictionary dictionary) {
					strip(dictionary);
				}
			}
			document.getPages().forEach(page -> strip(page.getCOSObject()));
			COSDictionary names = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
			if (names != null) {
				names.removeItem(COSName.EMBEDDED_FILES);
				names.removeItem(COSName.JAVA_SCRIPT);
			}
			document.getDocumentCatalog().getCOSObject().removeItem(COSName.OPEN_ACTION);
			objects.getTrailer().removeItem(COSName.ID);
			ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	private static void strip(COSDictionary dictionary) {
		dictionary.removeItem(COSName.METADATA);
		dictionary.removeItem(COSName.PIECE_INFO);
		dictionary.removeItem(COSName.AF);
		if (COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(COSName.SUBTYPE)
				&& dictionary.containsKey(COSName.RECT)) {
			// an annotation: who wrote the comment and when
			dictionary.removeItem(COSName.T);
			dictionary.removeItem(COSName.M);
			dictionary.removeItem(COSName.CREATION_DATE);
		}
	}

	/** A JPEG image inside the PDF keeps its pixels and loses its EXIF, XMP and IPTC segments. */
	private static void stripJpeg(COSStream stream) throws IOException {
		byte[] raw;
		try (var in = stream.createRawInputStream()) {
			raw = in.readAllBytes();
		}
		byte[] clean = JpegSegments.strip(raw);
		if (clean != raw) {
			try (var out = stream.createRawOutputStream()) {
				out.write(clean);
			}
		}
	}

}
