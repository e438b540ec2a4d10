package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.Closing;
import org.tandem.engagement.domain.Closings;
import org.tandem.engagement.domain.Decision;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Guide;
import org.tandem.engagement.domain.Guides;
import org.tandem.engagement.domain.Means;
import org.tandem.engagement.domain.Meeting;
import org.tandem.engagement.domain.Meetings;
import org.tandem.engagement.domain.PlanItem;
import org.tandem.engagement.domain.Plans;
import org.tandem.engagement.domain.Risk;
import org.tandem.engagement.export.EngagementExports;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engagement's export on H2 and PostgreSQL, read back as its readers would: the PDF's text through PDFBox, in
 * English and in Arabic (shaped and reordered, compared after normalization, see {@link #plain}), the JSON file's
 * shape, who may download either (the organization's side; the provider and the hub's participant are refused;
 * nobody else finds anything), and the organization's "download everything", which holds its engagements and no
 * other organization's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementExportTests extends WebTestSupport {

	static final String ARABIC_ASSET = "canary-قائمة مصادرنا السرية";

	static final String ARABIC_DECISION = "canary-نغيّر كلمات المرور كل شهر";

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@Autowired
	EngagementService engagements;

	@Autowired
	EngagementExports exports;

	@Autowired
	Plans plans;

	@Autowired
	Meetings meetings;

	@Autowired
	Guides guides;

	@Autowired
	Closings closings;

	@Autowired
	OrganizationService organizations;

	@Autowired
	Providers providers;

	@Autowired
	JsonMapper json;

	private ProviderNetwork.ActiveProvider provider;

	private UUID providerAccount;

	private Person member;

	private Person staff;

	private UUID organization;

	private String organizationName;

	private Engagement engagement;

	@BeforeEach
	void anEngagementWithAgreementsAndRisks() {
		provider = new ProviderNetwork(this).activeProvider();
		providerAccount = providers.accountOf(provider.id()).orElseThrow();
		member = fixtures.create(true, Role.ORG_MEMBER);
		staff = fixtures.create(true, Role.STAFF);
		organizationName = "canary-Radio Norte " + UUID.randomUUID();
		organization = organizations.create(new Organization.Profile(organizationName, null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(organization, member.username());
		engagement = engagements.openByHand(organization, provider.id(), staff.id());
		engagements.addRisk(engagement.id(), member.id(), new Risk.Line("canary-Our sources’ phone numbers",
				"canary-Police seizing the editor’s laptop", "canary-Full-disk encryption", Level.HIGH, Level.HIGH));
		engagements.addRisk(engagement.id(), providerAccount,
				new Risk.Line(ARABIC_ASSET, "canary-Phishing", null, Level.LOW, Level.MEDIUM));
		engagements.agree(engagement.id(), member.id(),
				Map.of(Agreement.RHYTHM, "canary-Every other Tuesday, on Signal"), engagement.version());
		engagements.moveTo(engagement.id(), member.id(), Phase.STRATEGISE, engagement.version() + 1);
		// the plan, a meeting with its decisions, a checklist ticked once
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		plans.stateMeans(engagement.id(), member.id(), new Means(20, 500_000L, "EUR", today.plusDays(60)), 0);
		plans.addItem(engagement.id(), providerAccount, new PlanItem.Entry("canary-Audit the accounts",
				"canary-Know what is exposed", Side.PROVIDER, today.plusDays(30), 8, 80_000));
		plans.approve(engagement.id(), member.id(), 2);
		Meeting meeting = meetings.add(engagement.id(), member.id(),
				new Meeting.Entry(today, "canary-First look", "canary-We **listed** the accounts"));
		meetings.decide(engagement.id(), providerAccount,
				new Decision.Entry(today, "canary-Two-step sign-in for everyone", meeting.id()));
		meetings.decide(engagement.id(), member.id(), new Decision.Entry(today, ARABIC_DECISION, null));
		Guide checklist = guides.write(engagement.id(), providerAccount, new Guide.Entry(GuideKind.CHECKLIST,
				"canary-Weekly backups", "canary-Every Friday", List.of("canary-Plug in the disk", "canary-Run it")));
		guides.mark(engagement.id(), member.id(), checklist.id(),
				guides.get(engagement.id(), member.id(), checklist.id()).items().getFirst().id(), true);
	}

	@Test
	void thePdfReadsBackInEnglish() throws IOException {
		String text = text(exports.pdf(engagement.id(), member.id(), Locale.ENGLISH));
		assertThat(text).contains("Engagement", "Summary", "Risk register", "Phase history", "How we work together",
				"Meeting rhythm", organizationName, "canary-Every other Tuesday, on Signal", "Strategise");
		// table cells wrap where the column ends: compared without white space
		assertThat(plain(text)).contains(plain("canary-Our sources’ phone numbers"),
				plain("canary-Police seizing the editor’s laptop"), plain("canary-Full-disk encryption"), "Medium")
			// the Arabic line of the register comes back too, in an English export
			.contains(plain(ARABIC_ASSET));
		// the plan, the meetings and decisions, the guides; the engagement is not closed yet
		assertThat(text).contains("The plan", "Meetings and decisions", "Guides and checklists",
				"Closing and keeping in touch", "The engagement is not closed.", "Approved revision");
		assertThat(plain(text)).contains(plain("canary-Audit the accounts"), plain("canary-Know what is exposed"),
				plain("canary-First look"), plain("canary-We **listed** the accounts"),
				plain("canary-Two-step sign-in for everyone"), plain("canary-Weekly backups"),
				plain("canary-Plug in the disk"), plain("canary-Run it"), "Notdoneyet", plain("€800"),
				plain("€5,000"));
	}

	@Test
	void theClosingAndItsCheckInsAreExported() throws IOException {
		closings.close(engagement.id(), member.id(),
				new Closing.Terms(ClosingReason.PLAN_DONE, "canary-Thank you for the work", 6, 2),
				engagements.get(engagement.id(), member.id()).version());
		String text = text(exports.pdf(engagement.id(), member.id(), Locale.ENGLISH));
		assertThat(text).contains("Closing and keeping in touch", "The plan is done", "6 months", "Every 2 months",
				"canary-Thank you for the work").doesNotContain("The engagement is not closed.");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		exports.json(engagement.id(), member.id(), out);
		JsonNode file = json.readTree(out.toByteArray());
		assertThat(file.path("closing").path("how").path("reason").asString()).isEqualTo("PLAN_DONE");
		assertThat(file.path("closing").path("how").path("months").asInt()).isEqualTo(6);
		assertThat(file.path("closing").path("how").path("note").asString()).isEqualTo("canary-Thank you for the work");
	}

	@Test
	void thePdfReadsBackInArabic() throws IOException {
		String text = text(exports.pdf(engagement.id(), member.id(), Locale.forLanguageTag("ar")));
		String plain = plain(text);
		// translated headings (the register's, the phase history's) and the typed Arabic value, after normalization
		assertThat(plain).contains(plain("سجل المخاطر"), plain("سجلّ المراحل"), plain(ARABIC_ASSET));
		// and the Latin text people typed, inside the right-to-left page, left to right as typed
		assertThat(text).contains("canary-Every other Tuesday, on Signal", organizationName);
		// the plan's heading and what people typed in the later sections, in Arabic
		assertThat(plain).contains(plain("الخطة"), plain("الاجتماعات والقرارات"), plain(ARABIC_DECISION));
		assertThat(plain).contains(plain("canary-Audit the accounts"));
		// the English headings are not there: the page is in Arabic
		assertThat(text).doesNotContain("Risk register", "Phase history");
	}

	@Test
	void theJsonFileHasItsDocumentedShape() throws IOException {
		WebSession web = signedIn(member);
		HttpResponse<byte[]> download = web.download("/engagements/" + engagement.id() + "/export.json");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				v -> assertThat(v).contains("attachment"));
		JsonNode file = json.readTree(download.body());
		assertThat(file.path("format").asString()).isEqualTo("tandem-engagement/1");
		assertThat(file.path("engagement").asString()).isEqualTo(engagement.id().toString());
		assertThat(file.path("summary").path("organization").path("name").asString()).isEqualTo(organizationName);
		assertThat(file.path("summary").path("phase").asString()).isEqualTo("STRATEGISE");
		assertThat(file.path("summary").path("participants")).hasSize(3);
		assertThat(file.path("agreements").path("RHYTHM").asString()).isEqualTo("canary-Every other Tuesday, on Signal");
		assertThat(file.path("phaseHistory")).hasSize(2);
		assertThat(file.path("phaseHistory").get(1).path("to").asString()).isEqualTo("STRATEGISE");
		assertThat(file.path("risks")).hasSize(2);
		JsonNode first = file.path("risks").get(0);
		assertThat(first.path("asset").asString()).isEqualTo("canary-Our sources’ phone numbers");
		assertThat(first.path("likelihood").asString()).isEqualTo("HIGH");
		assertThat(first.path("measures").asString()).isEqualTo("canary-Full-disk encryption");
		assertThat(file.path("risks").get(1).path("asset").asString()).isEqualTo(ARABIC_ASSET);
		JsonNode plan = file.path("plan");
		assertThat(plan.path("means").path("currency").asString()).isEqualTo("EUR");
		assertThat(plan.path("means").path("budgetMinor").asLong()).isEqualTo(500_000);
		assertThat(plan.path("approvedRevision").asLong()).isEqualTo(2);
		assertThat(plan.path("totals").path("costMinor").asLong()).isEqualTo(80_000);
		assertThat(plan.path("fits")).hasSize(3);
		assertThat(plan.path("items")).hasSize(1);
		assertThat(plan.path("items").get(0).path("title").asString()).isEqualTo("canary-Audit the accounts");
		assertThat(plan.path("items").get(0).path("owner").asString()).isEqualTo("PROVIDER");
		JsonNode together = file.path("meetingsAndDecisions");
		assertThat(together.path("meetings")).hasSize(1);
		assertThat(together.path("meetings").get(0).path("notes").asString())
			.isEqualTo("canary-We **listed** the accounts");
		assertThat(together.path("decisions")).hasSize(2);
		assertThat(file.path("guides")).hasSize(1);
		assertThat(file.path("guides").get(0).path("kind").asString()).isEqualTo("CHECKLIST");
		assertThat(file.path("guides").get(0).path("items").get(0).path("done").asBoolean()).isTrue();
		assertThat(file.path("guides").get(0).path("items").get(1).path("done").asBoolean()).isFalse();
		// not closed yet: no "how"
		assertThat(file.path("closing").path("how").path("reason").isMissingNode()).isTrue();
		assertThat(file.path("closing").path("checkIns")).isEmpty();

		HttpResponse<byte[]> pdf = web.download("/engagements/" + engagement.id() + "/export.pdf?lang=ar");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(plain(text(pdf.body()))).contains(plain("سجل المخاطر"));
		// the workspace offers both to the organization's side, and to nobody else
		assertThat(web.get("/engagements/" + engagement.id()).html().select("a#export-pdf")).hasSize(1);
		assertThat(provider.web().get("/engagements/" + engagement.id()).html().select("a#export-pdf")).isEmpty();
	}

	@Test
	void onlyTheOrganizationsSideDownloadsAndNobodyElseFindsAnything() {
		String base = "/engagements/" + engagement.id() + "/export.";
		WebSession memberWeb = signedIn(member);
		WebSession staffWeb = signedIn(staff);
		for (String kind : List.of("pdf", "json")) {
			// the provider and the hub work in it, but take no copy of it
			assertThat(provider.web().download(base + kind).statusCode()).as(kind).isEqualTo(403);
			assertThat(staffWeb.download(base + kind).statusCode()).as(kind).isEqualTo(403);
			for (WebSession outsider : List.of(signedIn(fixtures.create(true, Role.ORG_MEMBER)),
					new ProviderNetwork(this).activeProvider().web(), signedIn(Role.ADVISORY), signedIn(Role.STAFF))) {
				HttpResponse<byte[]> answer = outsider.download(base + kind);
				assertThat(answer.statusCode()).as(kind).isIn(403, 404);
				assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("canary-");
			}
			assertThat(visitor().download(base + kind).statusCode()).isIn(302, 403);
			assertThat(memberWeb.download(base + kind).statusCode()).isEqualTo(200);
			assertThat(memberWeb.download("/engagements/" + UUID.randomUUID() + "/export." + kind).statusCode())
				.isEqualTo(404);
		}
	}

	@Test
	void theOrganizationsDownloadHoldsItsEngagementsAndNoOtherOrganizations() throws IOException {
		// another organization, its own engagement
		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		UUID other = organizations.create(new Organization.Profile("canary-Other " + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
		organizations.addMember(other, otherMember.username());
		Engagement theirs = engagements.openByHand(other, provider.id(), staff.id());
		engagements.addRisk(theirs.id(), otherMember.id(),
				new Risk.Line("canary-Their archive", "canary-Their threat", null, Level.LOW, Level.LOW));

		Map<String, String> mine = unzip(signedIn(member).download("/organization/" + organization + "/export").body());
		assertThat(mine).containsKey("engagements/" + engagement.id() + ".json");
		assertThat(mine.get("engagements/" + engagement.id() + ".json")).contains("tandem-engagement/1",
				"canary-Police seizing the editor’s laptop", "canary-Every other Tuesday, on Signal");
		assertThat(mine.get("manifest.json")).contains("engagements/" + engagement.id() + ".json");
		assertThat(String.join("\n", mine.values())).doesNotContain("canary-Their archive", theirs.id().toString());

		Map<String, String> theirsZip = unzip(signedIn(otherMember).download("/organization/" + other + "/export").body());
		assertThat(theirsZip).containsKey("engagements/" + theirs.id() + ".json").doesNotContainKey(
				"engagements/" + engagement.id() + ".json");
		assertThat(String.join("\n", theirsZip.values())).contains("canary-Their archive")
			.doesNotContain("canary-Police seizing the editor’s laptop");
	}

	private WebSession signedIn(Person person) {
		WebSession web = visitor();
		AccountFixtures.signIn(web, person);
		return web;
	}

	static String text(byte[] pdf) throws IOException {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * Text compared the robust way for shaped, right-to-left text: compatibility-normalized (Arabic presentation
	 * forms, the shaped glyphs the PDF holds, back to their letters), without bidi marks, tatweel, diacritics or any
	 * white space (lines break where the page did). Applied to both sides of a comparison.
	 */
	static String plain(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return normalized.replaceAll("[\\s\\u200e\\u200f\\u2066-\\u2069\\u202a-\\u202e\\u0640\\u064b-\\u0652]", "");
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
