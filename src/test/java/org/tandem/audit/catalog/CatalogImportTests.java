package org.tandem.audit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.platform.InvalidInput;

/**
 * The import on H2 and PostgreSQL: the sample imports from a folder and from a zip; a second import of changed content
 * reports and writes what changed; an activity gone from the content is retired, not deleted; every malformed case
 * (bad YAML, a missing title, a method naming an activity that does not exist, an archive out of bounds or leading
 * outside its folder) gives its error and writes nothing; unknown fields and remote options are reported and left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = CatalogContext.OWN)
class CatalogImportTests {

	@Autowired
	CatalogImport imports;

	@Autowired
	CatalogStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSampleImportsWithItsTranslationsAndCredit() {
		ImportReport report = imports.folder("imp-sample", CatalogFixtures.folder("sample"), false, null);

		assertThat(report.problems()).noneMatch(ImportProblem::error);
		assertThat(report.imported()).isTrue();
		assertThat(report.version()).isOne();
		assertThat(report.added()).isEqualTo(9);
		List<CatalogActivity> english = of("imp-sample", store.activities(Locale.ENGLISH));
		assertThat(english).extracting(CatalogActivity::slug)
			.containsExactly("context-interview", "device-inventory", "password-review", "network-map",
					"phishing-walkthrough", "backup-check");
		CatalogActivity interview = english.getFirst();
		assertThat(interview.remoteOptions()).containsExactlyInAnyOrder(RemoteOption.FULLY, RemoteOption.WITH_SUPPORT);
		assertThat(interview.approaches()).containsExactly(Approach.INTERPERSONAL);
		assertThat(interview.skillsRequired()).containsExactly("listening");
		assertThat(interview.skillsTrained()).containsExactly("listening");
		assertThat(interview.minutes()).isEqualTo(60);
		assertThat(interview.organizationSizeUnder()).isEqualTo(200);
		assertThat(interview.methods()).containsExactly("preparation");
		assertThat(english).filteredOn(a -> a.slug().equals("network-map"))
			.singleElement()
			.satisfies(a -> assertThat(a.remoteOptions()).containsExactly(RemoteOption.NOT_REMOTE));
		// a remote option named by its title
		assertThat(english).filteredOn(a -> a.slug().equals("backup-check"))
			.singleElement()
			.satisfies(a -> assertThat(a.remoteOptions()).containsExactly(RemoteOption.PARTLY));

		CatalogView.Credit credit = store.credit("imp-sample").orElseThrow();
		assertThat(credit.title()).isEqualTo("Sample audit catalog");
		assertThat(credit.licence()).isEqualTo("CC BY-SA 4.0");
		assertThat(credit.source()).isEqualTo("https://example.org/sample-catalog");
		assertThat(credit.contentVersion()).isEqualTo("1.0");
		assertThat(credit.authors()).isEqualTo("Tandem test authors");
	}

	@Test
	void theReaderSeesTheirLanguageOrEnglishWithANotice() {
		imports.folder("imp-lang", CatalogFixtures.folder("sample"), false, null);

		List<CatalogActivity> spanish = of("imp-lang", store.activities(Locale.forLanguageTag("es")));
		assertThat(spanish).filteredOn(a -> a.slug().equals("device-inventory"))
			.singleElement()
			.satisfies(a -> {
				assertThat(a.title()).isEqualTo("Inventario de dispositivos");
				assertThat(a.inEnglish()).isFalse();
			});
		// no Spanish text for this one: English, marked
		assertThat(spanish).filteredOn(a -> a.slug().equals("backup-check"))
			.singleElement()
			.satisfies(a -> {
				assertThat(a.title()).isEqualTo("Backup check");
				assertThat(a.inEnglish()).isTrue();
			});
		assertThat(of("imp-lang", store.activities(Locale.forLanguageTag("ar")))).noneMatch(CatalogActivity::inEnglish)
			.anyMatch(a -> a.title().equals("جرد الأجهزة"));
		// pt_BR content is Tandem's Portuguese
		List<CatalogActivity> portuguese = of("imp-lang", store.activities(Locale.forLanguageTag("pt")));
		assertThat(portuguese).filteredOn(a -> !a.inEnglish())
			.extracting(CatalogActivity::title)
			.containsExactly("Entrevista de contexto (pt)");
		assertThat(store.methods(Locale.forLanguageTag("pt")))
			.filteredOn(m -> m.catalog().equals("imp-lang") && m.slug().equals("preparation"))
			.singleElement()
			.satisfies(m -> assertThat(m.title()).isEqualTo("Preparação"));
		// French: none at all
		assertThat(of("imp-lang", store.activities(Locale.FRENCH))).allMatch(CatalogActivity::inEnglish);
		// the page of an activity without Spanish text: every field in English
		CatalogView.ActivityPage page = store.activityPage("imp-lang", "backup-check", Locale.forLanguageTag("es"))
			.orElseThrow();
		assertThat(page.activity().inEnglish()).isTrue();
		assertThat(page.texts().get("summary")).startsWith("Check which data");
		assertThat(page.methods()).extracting(CatalogView.MethodSummary::title).containsExactly("Dispositivos y red");
		assertThat(store.skills(Locale.forLanguageTag("es"))).contains(new CatalogSkill("listening", "Escuchar"));
		assertThat(store.skills(Locale.forLanguageTag("fr"))).contains(new CatalogSkill("listening", "Listening"));
		CatalogActivity one = spanish.getFirst();
		assertThat(store.activity(one.id(), Locale.forLanguageTag("es"))).contains(one);
	}

	@Test
	void aSecondImportOfChangedContentUpdatesAndSaysWhatChanged() {
		imports.zip("imp-changed", CatalogFixtures.zip("sample"), false, null);

		ImportReport dry = imports.zip("imp-changed", CatalogFixtures.zip("sample-changed"), true, null);
		assertThat(dry.imported()).isFalse();
		assertThat(dry.version()).isEqualTo(2);
		assertThat(item(dry, "device-inventory").outcome()).isEqualTo(ImportReport.Outcome.CHANGED);
		assertThat(item(dry, "device-inventory").fields()).containsExactly("short_summary", "short_summary[es]",
				"time_required_minutes");
		assertThat(item(dry, "router-check").outcome()).isEqualTo(ImportReport.Outcome.ADDED);
		assertThat(item(dry, "devices").fields()).containsExactly("activities");
		assertThat(dry.unchanged()).isEqualTo(7);
		// a dry run writes nothing
		assertThat(of("imp-changed", store.activities(Locale.ENGLISH))).hasSize(6);
		assertThat(store.credit("imp-changed").orElseThrow().importVersion()).isOne();

		ImportReport real = imports.zip("imp-changed", CatalogFixtures.zip("sample-changed"), false, null);
		assertThat(real.imported()).isTrue();
		assertThat(real.added()).isOne();
		assertThat(real.changed()).isEqualTo(2);
		List<CatalogActivity> after = of("imp-changed", store.activities(Locale.ENGLISH));
		assertThat(after).hasSize(7);
		assertThat(after).filteredOn(a -> a.slug().equals("device-inventory"))
			.singleElement()
			.satisfies(a -> assertThat(a.minutes()).isEqualTo(75));
		assertThat(store.credit("imp-changed").orElseThrow().contentVersion()).isEqualTo("1.1");
		assertThat(store.catalogs()).filteredOn(c -> c.name().equals("imp-changed"))
			.singleElement()
			.satisfies(c -> assertThat(c.imports()).extracting(CatalogView.ImportSummary::version).containsExactly(2, 1));

		// the same content again: nothing changed
		assertThat(imports.zip("imp-changed", CatalogFixtures.zip("sample-changed"), true, null).unchanged())
			.isEqualTo(10);

		// an activity gone from the content is retired, and an audit still reads it
		Map<String, byte[]> files = CatalogFixtures.files("sample-changed");
		files.keySet().removeIf(name -> name.endsWith("/backup-check.md"));
		files.put("content/methods/devices.md", new String(files.get("content/methods/devices.md"),
				StandardCharsets.UTF_8).replace("  - Backup check\n", "").getBytes(StandardCharsets.UTF_8));
		ImportReport retiring = imports.zip("imp-changed", CatalogFixtures.zip("", files), false, null);
		assertThat(retiring.imported()).isTrue();
		assertThat(item(retiring, "backup-check").outcome()).isEqualTo(ImportReport.Outcome.RETIRED);
		CatalogActivity backup = after.stream().filter(a -> a.slug().equals("backup-check")).findFirst().orElseThrow();
		assertThat(of("imp-changed", store.activities(Locale.ENGLISH))).extracting(CatalogActivity::slug)
			.doesNotContain("backup-check");
		assertThat(store.activity(backup.id(), Locale.ENGLISH)).hasValueSatisfying(a -> {
			assertThat(a.retired()).isTrue();
			assertThat(a.title()).isEqualTo("Backup check");
		});
	}

	@Test
	void malformedContentSaysWhyAndImportsNothing() {
		ImportReport badYaml = imports.zip("imp-bad-yaml", CatalogFixtures.zip("sample", "malformed/bad-yaml"), false,
				null);
		assertRefused(badYaml, "imp-bad-yaml");
		assertThat(badYaml.problems()).filteredOn(ImportProblem::error).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("badYaml");
			assertThat(p.file()).isEqualTo("content/activities/network-map.md");
			assertThat(p.line()).isBetween(3, 4);
		});
		assertThat(item(badYaml, "network-map").outcome()).isEqualTo(ImportReport.Outcome.SKIPPED);

		ImportReport missing = imports.zip("imp-missing", CatalogFixtures.zip("sample", "malformed/missing-field"),
				false, null);
		assertRefused(missing, "imp-missing");
		assertThat(item(missing, "password-review").reasons()).extracting(ImportProblem::code, ImportProblem::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("missingField", "title"));

		ImportReport unknown = imports.zip("imp-unknown", CatalogFixtures.zip("sample", "malformed/unknown-activity"),
				false, null);
		assertRefused(unknown, "imp-unknown");
		assertThat(unknown.problems()).filteredOn(ImportProblem::error)
			.extracting(ImportProblem::code, ImportProblem::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("unknownActivity", "Shoulder surfing drill"));
	}

	@Test
	void unknownFieldsAndRemoteOptionsAreReportedAndLeftOut() {
		ImportReport dry = imports.zip("imp-fields", CatalogFixtures.zip("sample", "malformed/unknown-fields"), true,
				null);
		assertThat(dry.hasErrors()).isFalse();
		assertThat(dry.problems()).extracting(ImportProblem::code, ImportProblem::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("unknownField", "difficulty"),
					org.assertj.core.groups.Tuple.tuple("unknownRemoteOption", "by carrier pigeon"));
		ImportReport real = imports.zip("imp-fields", CatalogFixtures.zip("sample", "malformed/unknown-fields"), false,
				null);
		assertThat(real.imported()).isTrue();
		assertThat(of("imp-fields", store.activities(Locale.ENGLISH))).filteredOn(a -> a.slug().equals("backup-check"))
			.singleElement()
			.satisfies(a -> assertThat(a.remoteOptions()).containsExactly(RemoteOption.PARTLY));
	}

	@Test
	void archivesOutOfBoundsAreRefusedWhole() {
		Map<String, byte[]> slip = new LinkedHashMap<>(CatalogFixtures.files("sample"));
		slip.put("../evil.md", "---\ntitle: evil\n---\n".getBytes(StandardCharsets.UTF_8));
		assertArchiveRefused(imports.zip("imp-slip", CatalogFixtures.zip("", slip), false, null), "imp-slip",
				"archive.outsideRoot");
		Map<String, byte[]> absolute = new LinkedHashMap<>(CatalogFixtures.files("sample"));
		absolute.put("/etc/evil.md", "---\ntitle: evil\n---\n".getBytes(StandardCharsets.UTF_8));
		assertArchiveRefused(imports.zip("imp-slip", CatalogFixtures.zip("", absolute), false, null), "imp-slip",
				"archive.outsideRoot");

		Map<String, byte[]> big = new LinkedHashMap<>(CatalogFixtures.files("sample"));
		big.put("content/activities/huge.md", new byte[CatalogFiles.MAX_FILE + 1]);
		assertArchiveRefused(imports.zip("imp-big", CatalogFixtures.zip("", big), false, null), "imp-big",
				"archive.fileTooLarge");

		Map<String, byte[]> total = new LinkedHashMap<>(CatalogFixtures.files("sample"));
		for (int i = 0; i < 21; i++) {
			total.put("content/references/r" + i + ".md", new byte[CatalogFiles.MAX_FILE]);
		}
		assertArchiveRefused(imports.zip("imp-big", CatalogFixtures.zip("", total), false, null), "imp-big",
				"archive.tooLarge");

		Map<String, byte[]> many = new LinkedHashMap<>(CatalogFixtures.files("sample"));
		for (int i = 0; i <= CatalogFiles.MAX_ENTRIES; i++) {
			many.put("content/tools/t" + i + ".txt", new byte[0]);
		}
		assertArchiveRefused(imports.zip("imp-big", CatalogFixtures.zip("", many), false, null), "imp-big",
				"archive.tooManyEntries");

		assertArchiveRefused(imports.zip("imp-big", "not a zip".getBytes(StandardCharsets.UTF_8), false, null),
				"imp-big", "archive.noContent");
		assertArchiveRefused(imports.zip("imp-big", CatalogFixtures.zip("", Map.of("README.md", new byte[1])), false,
				null), "imp-big", "archive.noContent");
	}

	@Test
	void aliasBombsAndDuplicateKeysAreBadYaml() {
		String bomb = "---\ntitle: bomb\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
				+ "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n";
		assertThat(FrontMatter.of("a.md", bomb, false).problem()).isNotNull()
			.extracting(ImportProblem::code)
			.isEqualTo("badYaml");
		assertThat(FrontMatter.of("a.md", "---\ntitle: a\ntitle: b\n---\n", false).problem()).isNotNull();
		assertThat(FrontMatter.of("a.md", "---\n!!javax.script.ScriptEngineManager [x]\n---\n", false).problem())
			.isNotNull();
		assertThat(FrontMatter.of("a.md", "no front matter", false).problem()).extracting(ImportProblem::code)
			.isEqualTo("noFrontMatter");
	}

	@Test
	void aCatalogNameIsASlug() {
		assertThatThrownBy(() -> imports.zip("Not A Slug", CatalogFixtures.zip("sample"), true, null))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("audit.catalog.nameInvalid"));
		assertThat(CatalogFiles.normalized("a/./b/../c.md")).isEqualTo("a/c.md");
		assertThat(RemoteOptionNames.all()).isNotEmpty();
	}

	private void assertRefused(ImportReport report, String catalog) {
		assertThat(report.imported()).isFalse();
		assertThat(report.hasErrors()).isTrue();
		assertThat(jdbc.sql("select count(*) from catalog where name = :n").param("n", catalog).query(Integer.class)
			.single()).isZero();
	}

	private void assertArchiveRefused(ImportReport report, String catalog, String code) {
		assertRefused(report, catalog);
		assertThat(report.items()).isEmpty();
		assertThat(report.problems()).extracting(ImportProblem::code).containsExactly(code);
	}

	private static ImportReport.Item item(ImportReport report, String slug) {
		return report.items().stream().filter(i -> i.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static List<CatalogActivity> of(String catalog, List<CatalogActivity> activities) {
		return activities.stream().filter(a -> a.catalog().equals(catalog)).toList();
	}

	/** Every known slug and title maps to one remote option. */
	private static final class RemoteOptionNames {

		static Set<RemoteOption> all() {
			Set<RemoteOption> all = java.util.EnumSet.noneOf(RemoteOption.class);
			for (String name : List.of("none", "not-remote", "Not remotely", "with-support",
					"Remotely with local support", "partial", "partly-remote", "Partly remotely", "complete", "full",
					"fully-remote", "Fully remotely")) {
				RemoteOption option = CatalogParser.remoteOption(name);
				assertThat(option).as(name).isNotNull();
				all.add(option);
			}
			assertThat(CatalogParser.remoteOption("Remotely with local support")).isEqualTo(RemoteOption.WITH_SUPPORT);
			assertThat(CatalogParser.remoteOption("Not remotely")).isEqualTo(RemoteOption.NOT_REMOTE);
			assertThat(CatalogParser.remoteOption("by carrier pigeon")).isNull();
			return all;
		}

	}

}
