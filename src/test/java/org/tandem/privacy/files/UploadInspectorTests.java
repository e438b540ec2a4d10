package org.tandem.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Real images and documents in, checked bytes out: the metadata is gone and the file still opens. */
class UploadInspectorTests {

	static final String CANARY = "GPS-CANARY-123";

	final UploadInspector inspector = new UploadInspector(new FileProperties(DataSize.ofMegabytes(10),
			List.of("image/png", "image/jpeg", "application/pdf", "text/plain")));

	@Test
	void aJpegLosesItsExifAndStillDecodes() throws IOException {
		byte[] jpeg = withApp1(image("jpeg"), ("Exif\0\0" + CANARY).getBytes(StandardCharsets.ISO_8859_1));
		assertThat(contains(jpeg, CANARY)).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).isNotNull();

		CleanUpload clean = inspector.inspect("holiday.JPG", jpeg);

		assertThat(clean.detectedType()).isEqualTo("image/jpeg");
		assertThat(clean.safeFileName()).isEqualTo("holiday.JPG");
		assertThat(contains(clean.content(), CANARY)).isFalse();
		assertThat(contains(clean.content(), "Exif")).isFalse();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.content()));
		assertThat(decoded.getWidth()).isEqualTo(64);
		assertThat(decoded.getHeight()).isEqualTo(48);
	}

	@Test
	void aPngLosesItsTextChunksAndStillDecodes() throws IOException {
		byte[] png = withTextChunk(image("png"), "Comment", CANARY);
		assertThat(contains(png, CANARY)).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();

		CleanUpload clean = inspector.inspect("screenshot.png", new ByteArrayInputStream(png));

		assertThat(clean.detectedType()).isEqualTo("image/png");
		assertThat(contains(clean.content(), CANARY)).isFalse();
		assertThat(contains(clean.content(), "tEXt")).isFalse();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.content()));
		assertThat(decoded.getWidth()).isEqualTo(64);
		assertThat(decoded.getRGB(10, 10)).isEqualTo(Color.RED.getRGB());
	}

	@Test
	void aPdfLosesItsAuthorTitleAndXmpAndStillLoads() throws IOException {
		byte[] pdf = pdfWithMetadata();
		assertThat(contains(pdf, CANARY)).isTrue();

		CleanUpload clean = inspector.inspect("report.pdf", pdf);

		assertThat(clean.detectedType()).isEqualTo("application/pdf");
		assertThat(contains(clean.content(), CANARY)).isFalse();
		try (PDDocument document = Loader.loadPDF(clean.content())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDDocumentInformation info = document.getDocumentInformation();
			assertThat(info.getAuthor()).isNull();
			assertThat(info.getTitle()).isNull();
			assertThat(info.getCreationDate()).isNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
			assertThat(document.getPage(0).getMetadata()).isNull();
		}
	}

	@Test
	void aPdfLosesTheExifOfItsImagesAndTheAuthorsOfItsComments() throws IOException {
		byte[] photo = withApp1(image("jpg"), ("Exif\0\0" + CANARY).getBytes(StandardCharsets.ISO_8859_1));
		byte[] pdf;
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			var page = new org.apache.pdfbox.pdmodel.PDPage();
			document.addPage(page);
			var image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromByteArray(document, photo);
			try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
				content.drawImage(image, 10, 10);
			}
			var comment = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
			comment.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(20, 20, 20, 20));
			comment.setTitlePopup("AUTHOR-" + CANARY);
			comment.setContents("Looks fine");
			page.getAnnotations().add(comment);
			var out = new java.io.ByteArrayOutputStream();
			document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
			pdf = out.toByteArray();
		}
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains(CANARY);

		CleanUpload clean = inspector.inspect("scan.pdf", pdf);

		assertThat(new String(clean.content(), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
		try (var loaded = org.apache.pdfbox.Loader.loadPDF(clean.content())) {
			var resources = loaded.getPage(0).getResources();
			var name = resources.getXObjectNames().iterator().next();
			var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) resources.getXObject(name);
			assertThat(image.getImage().getWidth()).isEqualTo(ImageIO.read(new java.io.ByteArrayInputStream(photo)).getWidth());
			assertThat(loaded.getPage(0).getAnnotations()).hasSize(1);
			assertThat(loaded.getPage(0).getAnnotations().getFirst().getContents()).isEqualTo("Looks fine");
		}
	}

	@Test
	void anEncryptedPdfIsUnreadable() throws IOException {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			pdf = out.toByteArray();
		}

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspector.inspect("a.pdf", pdf))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.unreadable"));
	}

	@Test
	void aDamagedImageIsUnreadable() throws IOException {
		byte[] png = image("png");
		byte[] damaged = Arrays.copyOf(png, 40);

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspector.inspect("a.png", damaged))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.unreadable"));
	}

	@Test
	void plainTextPassesUnchanged() {
		byte[] text = "Grüße aus der Beratung.\nZeile zwei.\n".getBytes(StandardCharsets.UTF_8);

		CleanUpload clean = inspector.inspect("C:\\Users\\someone\\notes", text);

		assertThat(clean.detectedType()).isEqualTo("text/plain");
		assertThat(clean.content()).isEqualTo(text);
		assertThat(clean.safeFileName()).isEqualTo("notes.txt");
	}

	@Test
	void anUploadOverTheLimitIsRejectedWithoutReadingItAll() {
		UploadInspector small = new UploadInspector(
				new FileProperties(DataSize.ofKilobytes(1), List.of("text/plain")));
		byte[] text = "a".repeat(1025).getBytes(StandardCharsets.UTF_8);
		ByteArrayInputStream in = new ByteArrayInputStream(text);

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> small.inspect("a.txt", in))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.too-large"));
		assertThat(small.inspect("a.txt", Arrays.copyOf(text, 1024)).size()).isEqualTo(1024);
	}

	@Test
	void executablesAndArchivesAreRejected() {
		byte[] exe = ("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0This program cannot be run in DOS mode")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0 };
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 };

		for (byte[] content : List.of(exe, zip, elf)) {
			assertThatExceptionOfType(UploadRejectedException.class)
				.isThrownBy(() -> inspector.inspect("harmless.txt", content))
				.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.type"));
		}
	}

	@Test
	void aTypeNotOnTheAllowlistIsRejected() throws IOException {
		UploadInspector textOnly = new UploadInspector(new FileProperties(DataSize.ofMegabytes(1), List.of("text/plain")));
		byte[] png = image("png");

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> textOnly.inspect("a.png", png))
			.satisfies(e -> {
				assertThat(e.messageKey()).isEqualTo("files.rejected.type");
				assertThat(e.arguments()).containsExactly("image/png");
			});
	}

	@Test
	void anExtensionThatDisagreesWithTheContentIsRejected() throws IOException {
		byte[] png = image("png");

		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspector.inspect("invoice.pdf", png))
			.satisfies(e -> {
				assertThat(e.messageKey()).isEqualTo("files.rejected.mismatch");
				assertThat(e.arguments()).containsExactly("pdf", "image/png");
			});
		assertThatExceptionOfType(UploadRejectedException.class)
			.isThrownBy(() -> inspector.inspect("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.mismatch"));
	}

	@Test
	void textWithNulOrInvalidUtf8IsNotText() {
		byte[] nul = "almost\0text".getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = "Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1);

		for (byte[] content : List.of(nul, latin1)) {
			assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspector.inspect("a.txt", content))
				.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.type"));
		}
	}

	@Test
	void anEmptyUploadIsRejected() {
		assertThatExceptionOfType(UploadRejectedException.class).isThrownBy(() -> inspector.inspect("a.txt", new byte[0]))
			.satisfies(e -> assertThat(e.messageKey()).isEqualTo("files.rejected.empty"));
	}

	@Test
	void fileNamesLoseTheirPathControlAndDirectionCharactersAndAreShortened() {
		byte[] text = "hello".getBytes(StandardCharsets.UTF_8);

		assertThat(inspector.inspect("../../etc/pass\u0000wd\u0007.txt", text).safeFileName()).isEqualTo("passwd.txt");
		assertThat(inspector.inspect("report\u202Etxt.exe\u202C.txt", text).safeFileName())
			.isEqualTo("reporttxt.exe.txt");
		assertThat(inspector.inspect("...", text).safeFileName()).isEqualTo("file.txt");
		String longName = inspector.inspect("x".repeat(300) + ".txt", text).safeFileName();
		assertThat(longName).hasSize(100).endsWith("x.txt");
	}

	/** A 64 × 48 image, red on blue, encoded as PNG or JPEG by ImageIO. */
	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.BLUE);
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 32, 24);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	/** Inserts an APP1 (EXIF) segment right after the JPEG start-of-image marker. */
	static byte[] withApp1(byte[] jpeg, byte[] payload) {
		ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + payload.length);
		result.put(jpeg, 0, 2);
		result.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (payload.length + 2)).put(payload);
		result.put(jpeg, 2, jpeg.length - 2);
		return result.array();
	}

	/** Inserts a tEXt chunk with a correct CRC right after the PNG header chunk (signature 8 bytes, IHDR 25). */
	static byte[] withTextChunk(byte[] png, String keyword, String text) {
		byte[] type = "tEXt".getBytes(StandardCharsets.ISO_8859_1);
		byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		int afterHeader = 8 + 25;
		ByteBuffer result = ByteBuffer.allocate(png.length + 12 + data.length);
		result.put(png, 0, afterHeader);
		result.putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
		result.put(png, afterHeader, png.length - afterHeader);
		return result.array();
	}

	/** Two pages; author, title and dates in the information dictionary; XMP on the document and the first page. */
	static byte[] pdfWithMetadata() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setAuthor("Author " + CANARY);
			info.setTitle("Title " + CANARY);
			info.setCreationDate(Calendar.getInstance());
			String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
					+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
					+ "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"" + CANARY + "\"/>"
					+ "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
			PDMetadata documentXmp = new PDMetadata(document);
			documentXmp.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
			document.getDocumentCatalog().setMetadata(documentXmp);
			PDMetadata pageXmp = new PDMetadata(document);
			pageXmp.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
			document.getPage(0).setMetadata(pageXmp);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
	}

	static boolean contains(byte[] content, String marker) {
		return org.tandem.support.Bytes.indexOf(content, marker.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
	}

}
