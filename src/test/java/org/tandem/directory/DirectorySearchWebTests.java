package org.tandem.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.directory.persistence.ProviderNameIndex;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;

/** Staff find a provider by the start of any word of its name, accents and case aside, or by its reference. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DirectorySearchWebTests extends DirectoryTestSupport {

	@Test
	void namesAreIndexedByTheirWords() {
		assertThat(ProviderNameIndex.words("Défenseurs  Numériques — São Paulo, défenseurs"))
			.containsExactly("defenseurs", "numeriques", "paulo", "sao");
		assertThat(ProviderNameIndex.words("مختبر الأمن الرقمي")).containsExactly("الامن", "الرقمي", "مختبر");
		assertThat(ProviderNameIndex.words(" -- ")).isEmpty();
	}

	@Test
	void staffFindAProviderByNameOrReferenceAndNobodyElseCanSearch() {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Map<String, String> application = validApplication(newEmail());
		application.put("displayName", "Défenseurs Numériques " + tag);
		UUID id = apply(application);
		String reference = jdbc.sql("select reference from provider where id = :id").param("id", id)
			.query(String.class).single();
		assertThat(jdbc.sql("select token from provider_name_token where provider_id = :id order by token")
			.param("id", id).query(String.class).list()).containsExactlyInAnyOrder(tag, "defenseurs", "numeriques");

		WebSession staff = signedIn(Role.STAFF);
		for (String typed : List.of(tag, tag.substring(0, 4).toUpperCase(), "numér " + tag, "DEFENS " + tag,
				"défenseurs numeriques " + tag, reference, reference.toLowerCase().replace("-", " "),
				reference.substring(2))) {
			WebSession.Page found = staff.get("/staff/providers?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.html().select("#providers a").eachText()).as(typed)
				.containsExactly("Défenseurs Numériques " + tag);
			// what was typed stays in the box
			assertThat(found.html().selectFirst("input[name=q]").val()).isEqualTo(typed);
		}
		// every word must match the start of a word of the name
		assertThat(staff.get("/staff/providers?q=" + tag + "+zzz").html().select("#providers a")).isEmpty();
		assertThat(staff.get("/staff/providers?q=umeriques+" + tag).html().select("#providers a")).isEmpty();
		// nothing searchable (punctuation only) finds nothing rather than everything; pattern characters are inert
		assertThat(staff.get("/staff/providers?q=%25%25").html().select("#providers a")).isEmpty();
		// combined with a filter
		assertThat(staff.get("/staff/providers?status=OFFBOARDED&q=" + tag).html().select("#providers a")).isEmpty();

		for (Role role : List.of(Role.PROVIDER, Role.ORG_MEMBER, Role.ADVISORY)) {
			assertThat(signedIn(role).get("/staff/providers?q=" + tag).status()).as(role.name()).isEqualTo(403);
		}
		assertThat(visitor().get("/staff/providers?q=" + tag).redirect()).endsWith("/login");
		// the public listing has no search: the parameter changes nothing there
		assertThat(visitor().get("/providers?q=" + tag).status()).isEqualTo(200);
	}

	@Test
	void aRowIsWrittenWithItsValuesEscapedAndItsDirections() {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Map<String, String> application = validApplication(newEmail());
		String name = "مختبر <b>Ana</b> & \"Co\" " + tag;
		application.put("displayName", name);
		UUID id = apply(application);
		String reference = jdbc.sql("select reference from provider where id = :id").param("id", id)
			.query(String.class).single();

		WebSession.Page found = signedIn(Role.STAFF).get("/staff/providers?q=" + tag);
		Elements rows = found.html().select("#providers tbody tr");
		assertThat(rows).hasSize(1);
		Element row = rows.first();
		// the name a link to the provider, its markup written as text, in its own direction; the reference left to right
		Element link = row.selectFirst("td a");
		assertThat(link.attr("href")).isEqualTo("/staff/providers/" + id);
		assertThat(link.attr("dir")).isEqualTo("auto");
		assertThat(link.text()).isEqualTo(name);
		assertThat(link.select("b")).isEmpty();
		assertThat(row.selectFirst("td span.hint[dir=ltr]").text()).isEqualTo(reference);
		assertThat(row.select("td").eachText().subList(1, 6)).containsExactly("Applicant",
				"Organizational security audit, Training and accompaniment", "Spanish, Portuguese", "Brazil", "2");
		// not vetted: no day
		assertThat(row.select("td").get(6).select("time")).isEmpty();
	}

	@Autowired
	ProviderNameIndex names;

	@Test
	void providersSavedBeforeTheIndexAreIndexedAtStartUp() {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Map<String, String> application = validApplication(newEmail());
		application.put("displayName", "Laboratorio Seguro " + tag);
		UUID id = apply(application);
		// as a provider saved before the index existed
		jdbc.sql("delete from provider_name_token where provider_id = :id").param("id", id).update();
		WebSession staff = signedIn(Role.STAFF);
		assertThat(staff.get("/staff/providers?q=seguro+" + tag).html().select("#providers a")).isEmpty();

		assertThat(names.indexMissing()).isGreaterThanOrEqualTo(1);
		assertThat(staff.get("/staff/providers?q=seguro+" + tag).html().select("#providers a").eachText())
			.containsExactly("Laboratorio Seguro " + tag);
		assertThat(names.indexMissing()).isZero();
	}

}
