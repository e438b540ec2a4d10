package org.tandem.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.cohort.domain.Announcement;
import org.tandem.cohort.domain.Announcements;
import org.tandem.cohort.domain.CohortRecords;
import org.tandem.cohort.domain.CohortResource;
import org.tandem.cohort.domain.CohortResources;
import org.tandem.cohort.domain.PairAgreement;
import org.tandem.cohort.domain.PairAgreements;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.support.TestMail;

/**
 * The cohort's space on a real database, real crypto and a real SMTP server: announcements posted, paged by cursor,
 * withdrawn, mailed as notices and in the weekly digest (once); resources (links checked, files encrypted under the
 * cohort); the pair's own agreement (who may see it, stale replacements, ciphertext only, the organization's purge);
 * and everything forgotten with the cohort.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = AgreementFixtures.OWN)
class CohortSpaceTests extends SpaceTestSupport {

	@Autowired
	Announcements announcements;

	@Autowired
	CohortResources resources;

	@Autowired
	PairAgreements pairs;

	@Autowired
	List<CohortRecords> records;

	@Autowired
	List<PurgeParticipant> participants;

	@Autowired
	Organizations organizations;

	@Autowired
	TandemProperties tandem;

	@Test
	void announcementsArePostedPagedWithdrawnAndMailedAsNoticesAndInTheWeeklyDigestOnce() {
		World w = world();
		UUID staff = w.coordinator().id();
		long before = count("cohort_announcement", w.cohort());
		for (String[] bad : new String[][] { { " ", "Texto" }, { "x".repeat(201), "Texto" }, { "Título", "  " },
				{ "Título", "y".repeat(10_001) } }) {
			assertThatThrownBy(() -> announcements.post(w.cohort(), staff, bad[0], bad[1], true))
				.isInstanceOf(InvalidInput.class);
		}
		assertThat(count("cohort_announcement", w.cohort())).isEqualTo(before);
		assertThatThrownBy(() -> announcements.post(UUID.randomUUID(), staff, "T", "B", false))
			.isInstanceOf(NotFoundException.class);

		List<Announcement> posted = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			posted.add(announcements.post(w.cohort(), staff, "Aviso " + i, "Texto **" + i + "**", false));
		}
		Announcements.Page first = announcements.page(w.cohort(), w.memberA().id(), null);
		assertThat(first.announcements()).hasSize(20);
		assertThat(first.announcements().getFirst().title()).isEqualTo("Aviso 22");
		Announcements.Page second = announcements.page(w.cohort(),
				providers.accountOf(w.provider().id()).orElseThrow(), first.next());
		assertThat(second.announcements()).extracting(Announcement::title).containsExactly("Aviso 2", "Aviso 1",
				"Aviso 0");
		assertThat(second.next()).isNull();
		assertThatThrownBy(() -> announcements.page(w.cohort(), w.memberA().id(), "bm90LWEtY3Vyc29y"))
			.isInstanceOf(InvalidInput.class);
		// outsiders: another cohort's member, a provider outside, an organization in none, staff not coordinating
		for (UUID outsider : List.of(w.otherCohortMember().id(),
				providers.accountOf(w.outsideProvider().id()).orElseThrow(), w.otherOrganizationMember().id(),
				fixtures.create(true, Role.STAFF).id())) {
			assertThatThrownBy(() -> announcements.page(w.cohort(), outsider, null))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> announcements.chooseDigest(w.cohort(), outsider, true))
				.isInstanceOf(NotFoundException.class);
		}

		// withdrawn: gone; not found twice, nor through another cohort
		announcements.withdraw(w.cohort(), posted.get(22).id(), staff);
		assertThat(announcements.page(w.cohort(), w.memberA().id(), null).announcements().getFirst().title())
			.isEqualTo("Aviso 21");
		assertThatThrownBy(() -> announcements.withdraw(w.cohort(), posted.get(22).id(), staff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> announcements.withdraw(w.otherCohort(), posted.get(21).id(), staff))
			.isInstanceOf(NotFoundException.class);

		// the notice: the title and the link, to every participant's account; never the text
		String title = "Sesion de bienvenida " + UUID.randomUUID().toString().substring(0, 8);
		announcements.post(w.cohort(), staff, title, "El texto secreto del aviso", true);
		for (String address : List.of(mailOf(w.memberA()), mailOf(w.memberB()), w.provider().email(),
				w.otherProvider().email())) {
			String body = TestMail.awaitBody(address, title);
			assertThat(body).contains("/cohorts/" + w.cohort()).doesNotContain("El texto secreto");
		}
		assertThat(TestMail.count(mailOf(w.otherCohortMember()), title)).isZero();

		// the digest: chosen, due a week after the last; mailed once however often the job runs
		announcements.chooseDigest(w.cohort(), w.memberA().id(), true);
		announcements.chooseDigest(w.cohort(), w.memberA().id(), true);
		announcements.chooseDigest(w.cohort(), w.memberB().id(), true);
		assertThat(announcements.digestChosen(w.cohort(), w.memberA().id())).isTrue();
		jdbc.sql("update cohort_announcement_digest set covered_until = covered_until - interval '8' day "
				+ "where cohort_id = :c").param("c", w.cohort()).update();
		String weekly = "Resumen " + UUID.randomUUID().toString().substring(0, 8);
		announcements.post(w.cohort(), staff, weekly, "Texto del resumen", false);
		cohorts.organizationLeaves(w.cohort(), w.organizationB());
		announcements.runDigests();
		announcements.runDigests();
		String digest = TestMail.awaitBody(mailOf(w.memberA()), weekly);
		assertThat(digest).contains(title).contains("/cohorts/" + w.cohort()).doesNotContain("Texto del resumen");
		sleep();
		assertThat(TestMail.count(mailOf(w.memberA()), weekly)).isEqualTo(1);
		assertThat(TestMail.count(mailOf(w.memberB()), weekly)).isZero();
		// the member who left lost the choice
		assertThat(announcements.digestChosen(w.cohort(), w.memberB().id())).isFalse();
		announcements.chooseDigest(w.cohort(), w.memberA().id(), false);
		assertThat(announcements.digestChosen(w.cohort(), w.memberA().id())).isFalse();
	}

	@Test
	void resourcesAreCheckedLinksAndFilesEncryptedUnderTheCohort() throws IOException {
		World w = world();
		UUID staff = w.coordinator().id();
		for (String url : new String[] { "javascript:alert(1)", "ftp://example.org/x", "no es una dirección",
				"http://", "https://user:pw@example.org/", "data:text/html,hi", "x".repeat(2001) }) {
			assertThatThrownBy(() -> resources.addLink(w.cohort(), staff, "Guía", null, url))
				.as(url)
				.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("url"));
		}
		assertThatThrownBy(() -> resources.addLink(w.cohort(), staff, " ", null, "https://example.org"))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> resources.addLink(w.cohort(), staff, "Guía", "d".repeat(501), "https://example.org"))
			.isInstanceOf(InvalidInput.class);
		assertThat(count("cohort_resource", w.cohort())).isZero();
		CohortResource link = resources.addLink(w.cohort(), staff, "Guía de seguridad", "Para empezar",
				"https://example.org/guía");
		assertThat(link.url()).isEqualTo("https://example.org/gu%C3%ADa");
		String secret = "Contenido compartido " + UUID.randomUUID();
		CohortResource file = resources.addFile(w.cohort(), staff, "", null, "notas.txt",
				new ByteArrayInputStream(secret.getBytes(StandardCharsets.UTF_8)));
		assertThat(file.title()).isEqualTo("notas.txt");
		assertThat(onDisk(w.cohort(), file.fileId())).doesNotContain(secret);
		assertThat(resources.list(w.cohort(), w.memberB().id())).extracting(CohortResource::id)
			.containsExactly(file.id(), link.id());
		try (InputStream content = resources.content(resources.get(w.cohort(), w.memberB().id(), file.id()))) {
			assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(secret);
		}
		assertThatThrownBy(() -> resources.content(link)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> resources.get(w.cohort(), w.otherCohortMember().id(), file.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> resources.get(w.otherCohort(), w.otherCohortMember().id(), file.id()))
			.isInstanceOf(NotFoundException.class);

		resources.remove(w.cohort(), file.id(), staff);
		assertThat(Files.exists(path(w.cohort(), file.fileId()))).isFalse();
		assertThatThrownBy(() -> resources.remove(w.cohort(), file.id(), staff)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void thePairsOwnAgreementIsSeenOnlyByThePairAndCoordinatorsAndGoesWithTheOrganizationsPurge() throws IOException {
		World w = world();
		UUID memberA = w.memberA().id();
		UUID providerAccount = providers.accountOf(w.provider().id()).orElseThrow();
		UUID otherProviderAccount = providers.accountOf(w.otherProvider().id()).orElseThrow();
		String content = "Acuerdo propio " + UUID.randomUUID();
		String name = "acuerdo-radio-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";

		// the provider must take part in the cohort; coordinators upload nothing
		assertThatThrownBy(() -> pairs.upload(w.cohort(), memberA, w.outsideProvider().id(), null, name, text(content)))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("provider"));
		assertThatThrownBy(() -> pairs.upload(w.cohort(), w.coordinator().id(), w.provider().id(), null, name,
				text(content)))
			.isInstanceOf(NotFoundException.class);
		PairAgreement uploaded = pairs.upload(w.cohort(), memberA, w.provider().id(), null, name, text(content));
		assertThat(uploaded.version()).isZero();
		// a second first upload (a stale page) is refused
		assertThatThrownBy(() -> pairs.upload(w.cohort(), memberA, w.provider().id(), null, name, text("otra")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.pair.stale"));

		// ciphertext only: the name's column and the file's bytes
		byte[] column = jdbc.sql("select file_name from cohort_pair_agreement where organization_id = :o")
			.param("o", w.organizationA()).query(byte[].class).single();
		assertThat(new String(column, StandardCharsets.ISO_8859_1)).doesNotContain("acuerdo-radio");
		assertThat(onDisk(w.organizationA(), uploaded.fileId())).doesNotContain(content);

		// who sees it: the organization, the provider it named, the coordinator
		assertThat(read(pairs.get(w.cohort(), memberA, w.organizationA()))).isEqualTo(content);
		assertThat(pairs.get(w.cohort(), providerAccount, w.organizationA()).fileName()).isEqualTo(name);
		assertThat(pairs.get(w.cohort(), w.coordinator().id(), w.organizationA()).providerId())
			.isEqualTo(w.provider().id());
		assertThat(pairs.view(w.cohort(), providerAccount).agreements()).hasSize(1);
		assertThat(pairs.view(w.cohort(), otherProviderAccount).agreements()).isEmpty();
		assertThat(pairs.view(w.cohort(), w.memberB().id()).agreements()).isEmpty();
		assertThat(pairs.view(w.cohort(), w.coordinator().id()).agreements()).hasSize(1);
		for (UUID outsider : List.of(otherProviderAccount, w.memberB().id(), w.otherCohortMember().id(),
				providers.accountOf(w.outsideProvider().id()).orElseThrow(), w.otherOrganizationMember().id())) {
			assertThatThrownBy(() -> pairs.get(w.cohort(), outsider, w.organizationA()))
				.isInstanceOf(NotFoundException.class);
		}
		// the provider not named may not replace it; the named one may, from the version it saw
		assertThatThrownBy(() -> pairs.upload(w.cohort(), otherProviderAccount, w.organizationA(), 0L, name,
				text("no")))
			.isInstanceOf(NotFoundException.class);
		PairAgreement replaced = pairs.upload(w.cohort(), providerAccount, w.organizationA(), 0L, "firmado.txt",
				text(content + " firmado"));
		assertThat(replaced.version()).isEqualTo(1);
		assertThat(Files.exists(path(w.organizationA(), uploaded.fileId()))).isFalse();
		assertThatThrownBy(() -> pairs.upload(w.cohort(), memberA, w.provider().id(), 0L, name, text("vieja")))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("cohort.pair.stale"));
		assertThat(read(pairs.get(w.cohort(), memberA, w.organizationA()))).isEqualTo(content + " firmado");

		// the organization's purge: no row, no file
		assertThat(participants).anySatisfy(p -> assertThat(p.name()).isEqualTo("cohort.pairAgreements"));
		organizations.purge(w.organizationA());
		assertThat(jdbc.sql("select count(*) from cohort_pair_agreement where organization_id = :o")
			.param("o", w.organizationA()).query(Long.class).single()).isZero();
		assertThat(Files.exists(path(w.organizationA(), replaced.fileId()))).isFalse();
	}

	@Test
	void forgettingTheCohortLeavesNothingOfItsSpace() {
		World w = world();
		UUID staff = w.coordinator().id();
		announcements.post(w.cohort(), staff, "Aviso", "Texto", false);
		announcements.chooseDigest(w.cohort(), w.memberA().id(), true);
		resources.addLink(w.cohort(), staff, "Guía", null, "https://example.org");
		CohortResource file = resources.addFile(w.cohort(), staff, "Notas", null, "notas.txt", text("notas"));
		PairAgreement agreement = pairs.upload(w.cohort(), w.memberB().id(), w.provider().id(), null, "a.txt",
				text("acuerdo"));
		announcements.post(w.otherCohort(), staff, "Aviso de la otra", "Texto", false);

		records.forEach(part -> part.forget(w.cohort()));

		for (String table : List.of("cohort_announcement", "cohort_announcement_digest", "cohort_resource",
				"cohort_pair_agreement")) {
			assertThat(count(table, w.cohort())).as(table).isZero();
		}
		assertThat(Files.exists(path(w.cohort(), file.fileId()))).isFalse();
		assertThat(Files.exists(path(w.organizationB(), agreement.fileId()))).isFalse();
		assertThat(count("cohort_announcement", w.otherCohort())).isEqualTo(1);
	}

	private long count(String table, UUID cohort) {
		return jdbc.sql("select count(*) from " + table + " where cohort_id = :c").param("c", cohort)
			.query(Long.class).single();
	}

	private static InputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	private String read(PairAgreement agreement) throws IOException {
		try (InputStream in = pairs.content(agreement)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private Path path(UUID owner, UUID fileId) {
		String name = owner.toString();
		return tandem.dataDir().resolve("files").resolve(name.substring(0, 2)).resolve(name)
			.resolve(fileId.toString()).toAbsolutePath();
	}

	private String onDisk(UUID owner, UUID fileId) throws IOException {
		Path file = path(owner, fileId);
		assertThat(file).exists();
		try (Stream<Path> siblings = Files.list(file.getParent())) {
			assertThat(siblings.count()).isPositive();
		}
		return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
	}

	private static void sleep() {
		try {
			Thread.sleep(3_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
