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
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Removes the metadata of a PDF: the document information dictionary (author, title, creator, dates), the XMP
 * metadata streams of the document, its pages and other objects, application data ({@code /PieceInfo}) and the file
 * identifier. The document is written anew, not incrementally, so earlier revisions that held the metadata are gone
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
				if (object instanceof COSDictionary dictionary) {
					strip(dictionary);
				}
			}
			document.getPages().forEach(page -> strip(page.getCOSObject()));
			objects.getTrailer().removeItem(COSName.ID);
			ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	private static void strip(COSDictionary dictionary) {
		dictionary.removeItem(COSName.METADATA);
		dictionary.removeItem(COSName.PIECE_INFO);
	}

}
