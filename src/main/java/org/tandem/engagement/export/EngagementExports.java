package org.tandem.engagement.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.persistence.EngagementRepository;

import tools.jackson.databind.json.JsonMapper;

/**
 * An engagement's export, as a PDF to read and as a JSON file ({@value #FORMAT}), from every
 * {@link EngagementExportSection} in their order. The export is the organization's: only the participants who speak
 * for the organization may make one (the provider and staff work in the engagement but take no copy of it out of the
 * organization's purge's reach); anyone who does not take part finds nothing. Everything is put together in memory and
 * written to the response: no file holds it on the way.
 */
@Service
public class EngagementExports {

	/** The JSON file's format; a change that breaks readers raises the number. */
	public static final String FORMAT = "tandem-engagement/1";

	private final List<EngagementExportSection> sections;

	private final EngagementService engagements;

	private final EngagementRepository repository;

	private final MessageSource messages;

	private final PdfExport pdf;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EngagementExports(List<EngagementExportSection> sections, EngagementService engagements,
			EngagementRepository repository, MessageSource messages,
			PdfExport pdf, JsonMapper json, TransactionTemplate transactions, Clock clock) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(EngagementExportSection::order)).toList();
		this.engagements = engagements;
		this.repository = repository;
		this.messages = messages;
		this.pdf = pdf;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether the account may export the engagement: it speaks for the organization in it. */
	public static boolean mayExport(Engagement engagement, UUID accountId) {
		return engagement.sideOf(accountId).filter(side -> side == Side.ORGANIZATION).isPresent();
	}

	/** The PDF, in the reader's language; "not found" for anyone who does not take part, refused to other sides. */
	public byte[] pdf(UUID engagementId, UUID accountId, Locale locale) {
		Document document = read(engagementId, accountId, locale);
		return pdf.render(document);
	}

	/** The JSON file, written to {@code out}; the same refusals as the PDF. */
	public void json(UUID engagementId, UUID accountId, OutputStream out) throws IOException {
		Document document = read(engagementId, accountId, Locale.ENGLISH);
		json.writerWithDefaultPrettyPrinter().writeValue(out, data(document));
	}

	/**
	 * Every engagement of the organization as JSON files, for its "download everything": the caller (the organization
	 * module) has checked that its member may download the organization's data.
	 */
	public Map<UUID, byte[]> ofOrganization(UUID organizationId) {
		Map<UUID, byte[]> files = new LinkedHashMap<>();
		List<Engagement> all = transactions.execute(status -> repository.findByOrganizationIdOrderByOpenedAtAscIdAsc(organizationId));
		for (Engagement engagement : all) {
			Document document = transactions.execute(status -> document(engagement, Locale.ENGLISH));
			files.put(engagement.id(), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data(document)));
		}
		return files;
	}

	private Document read(UUID engagementId, UUID accountId, Locale locale) {
		return transactions.execute(status -> {
			Engagement engagement = engagements.get(engagementId, accountId);
			if (!mayExport(engagement, accountId)) {
				throw new AccessDeniedException("export is the organization's");
			}
			return document(engagement, locale);
		});
	}

	private Document document(Engagement engagement, Locale locale) {
		ExportContext context = new ExportContext(engagement, locale, messages);
		List<Section> written = sections.stream()
			.map(section -> new Section(section.name(), context.text(section.titleKey()), section.write(context)))
			.toList();
		return new Document(engagement.id(), locale, clock.instant(), written);
	}

	private static Map<String, Object> data(Document document) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("format", FORMAT);
		data.put("exportedAt", document.exportedAt().toString());
		data.put("engagement", document.engagementId().toString());
		document.sections().forEach(section -> data.put(section.name(), section.part().data()));
		return data;
	}

	/** What the PDF's template lays out. */
	record Document(UUID engagementId, Locale locale, java.time.Instant exportedAt, List<Section> sections) {

		public String exportedAtText() {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.withZone(java.time.ZoneOffset.UTC)
				.format(exportedAt) + " UTC";
		}

		public boolean rightToLeft() {
			return com.ibm.icu.util.ULocale.forLocale(locale).isRightToLeft();
		}

	}

	record Section(String name, String title, ExportPart part) {

		public List<ExportBlock> blocks() {
			return part.blocks();
		}

	}

}
