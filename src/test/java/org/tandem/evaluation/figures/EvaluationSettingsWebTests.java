package org.tandem.evaluation.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataIntegrityViolationException;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/** The administrators' setting of k: kept, refused below 3 with a message, recorded, and theirs alone. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationSettingsWebTests extends WebTestSupport {

	@Autowired
	DisclosureSettings settings;

	@AfterEach
	void backToTheDefault() {
		jdbc.sql("update evaluation_setting set minimum_group = 5 where id = 1").update();
		jdbc.sql("delete from evaluation_setting_change").update();
	}

	@Test
	void theDefaultIsFiveWithItsExplanationAndAWorkedExample() {
		WebSession admin = signedIn(Role.ADMIN);
		WebSession.Page page = admin.get("/admin/evaluation");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().selectFirst("input[name=minimum]").val()).isEqualTo("5");
		assertThat(page.text()).contains("show no group of fewer than 5", "Counts are rounded to the nearest 5",
				"has never been changed");
		// The example: 12, 7, 3, 0 with k = 5 → 10, hidden to protect, fewer than 5, fewer than 5; total 22 → 20.
		assertThat(page.html().select("#disclosure-example tbody tr").eachText()).containsExactly(
				"Answer A 12 10", "Answer B 7 hidden to protect another figure", "Answer C 3 fewer than 5",
				"Answer D 0 fewer than 5", "Total 22 20");
		var svg = page.html().selectFirst("#disclosure-example svg[role=img]");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("aria-labelledby")).isEqualTo("disclosure-example-title disclosure-example-desc");
		assertThat(svg.selectFirst("title#disclosure-example-title").text()).isEqualTo("Counted and published, an example");
		assertThat(svg.selectFirst("desc#disclosure-example-desc").text()).contains("below 5");
		assertThat(page.html().select("#disclosure-example caption").text())
			.isEqualTo("Counted and published, an example");
	}

	@Test
	void kBelowThreeIsRefusedWithAMessageAndWhatWasTypedIsKept() {
		WebSession admin = signedIn(Role.ADMIN);
		admin.get("/admin/evaluation");
		long version = settings.setting().version();
		for (String typed : new String[] { "2", "0", "101", "abc", "-4", "99999999999" }) {
			WebSession.Page refused = admin.post("/admin/evaluation",
					Map.of("minimum", typed, "version", Long.toString(version)));
			assertThat(refused.status()).as(typed).isEqualTo(200);
			assertThat(refused.html().select(".field-error").eachText()).as(typed)
				.containsExactly("Enter a whole number from 3 to 100.");
			assertThat(refused.html().selectFirst("input[name=minimum]").val()).isEqualTo(typed);
			assertThat(refused.html().selectFirst("input[name=minimum]").attr("aria-invalid")).isEqualTo("true");
		}
		WebSession.Page empty = admin.post("/admin/evaluation", Map.of("minimum", " ", "version", "0"));
		assertThat(empty.html().select(".field-error").eachText()).containsExactly("Enter the minimum group size.");
		assertThat(settings.setting().minimum()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from evaluation_setting_change").query(Long.class).single()).isZero();
	}

	@Test
	void aNewKIsKeptRecordedAndUsedByEveryFigure() {
		WebSession admin = signedIn(Role.ADMIN);
		WebSession.Page form = admin.get("/admin/evaluation");
		String version = form.html().selectFirst("input[name=version]").val();
		WebSession.Page saved = admin.post("/admin/evaluation", Map.of("minimum", "8", "version", version));
		assertThat(saved.redirect()).isEqualTo("/admin/evaluation?saved");
		assertThat(settings.disclosure().minimum()).isEqualTo(8);
		assertThat(settings.disclosure().cell(7).isShown()).isFalse();
		WebSession.Page page = admin.get("/admin/evaluation?saved");
		assertThat(page.html().select("[role=status]").text()).startsWith("Saved.");
		assertThat(page.html().selectFirst("input[name=minimum]").val()).isEqualTo("8");
		assertThat(page.html().select("ul.changes li").eachText()).hasSize(1)
			.allMatch(change -> change.contains("changed the minimum group size from 5 to 8"));
		assertThat(page.html().select("#disclosure-example tbody tr").eachText()).contains("Answer C 3 fewer than 8");
		assertThat(jdbc.sql("select changed_by from evaluation_setting_change").query(java.util.UUID.class).single())
			.isNotNull();

		// A second administrator saving from the page read before the change is told, and nothing is written.
		WebSession.Page stale = admin.post("/admin/evaluation", Map.of("minimum", "6", "version", version));
		assertThat(stale.html().select(".field-error").text()).contains("Someone else changed");
		assertThat(settings.setting().minimum()).isEqualTo(8);
		assertThat(jdbc.sql("select count(*) from evaluation_setting_change").query(Long.class).single()).isOne();
	}

	@Test
	void theDatabaseRefusesKBelowThreeToo() {
		assertThatThrownBy(() -> jdbc.sql("update evaluation_setting set minimum_group = 2 where id = 1").update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("insert into evaluation_setting (id, minimum_group, version) values (2, 5, 0)")
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(settings.setting().minimum()).isEqualTo(5);
	}

	@Test
	void onlyAdministratorsSeeOrChangeIt() {
		for (Role role : new Role[] { Role.STAFF, Role.ADVISORY, Role.PROVIDER, Role.ORG_MEMBER, Role.PRACTITIONER }) {
			WebSession web = signedIn(role);
			assertThat(web.get("/admin/evaluation").status()).as(role.name()).isEqualTo(403);
			assertThat(web.post("/admin/evaluation", Map.of("minimum", "9", "version", "0")).status()).as(role.name())
				.isEqualTo(403);
		}
		WebSession.Page signedOut = visitor().get("/admin/evaluation");
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(signedOut.redirect()).contains("/login");
		assertThat(settings.setting().minimum()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from evaluation_setting_change").query(Long.class).single()).isZero();
	}

}
