package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The bidi helper: values isolated in their own {@code <bdi>}, everything escaped, lists with the reader's comma. */
class BidiTests {

	final StaticMessageSource messages = new StaticMessageSource();

	final Bidi bidi = new Bidi(messages);

	BidiTests() {
		messages.addMessage("call", Locale.ENGLISH, "Call <{0}> & ask for {1} ({2} times)");
		messages.addMessage("call", Locale.forLanguageTag("ar"), "اتصل بالرقم {0} واطلب {1}");
		messages.addMessage("plain", Locale.ENGLISH, "Nothing to isolate & no value");
	}

	@Test
	void eachValueIsItsOwnIsolateAndEverythingElseIsEscaped() {
		String html = bidi.message("call", Locale.ENGLISH, bidi.ltr("+961 70 123 456"),
				bidi.auto("<script>alert('x')</script>"), 3);
		assertThat(html).isEqualTo("Call &lt;<bdi dir=\"ltr\">+961 70 123 456</bdi>&gt; &amp; ask for "
				+ "<bdi>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</bdi> (3 times)");
		assertThat(bidi.message("call", Locale.forLanguageTag("ar"), bidi.ltr("+961 70 123 456"), bidi.auto("ليلى")))
			.isEqualTo("اتصل بالرقم <bdi dir=\"ltr\">+961 70 123 456</bdi> واطلب <bdi>ليلى</bdi>");
		assertThat(bidi.message("plain", Locale.ENGLISH)).isEqualTo("Nothing to isolate &amp; no value");
	}

	@Test
	void aValueLookingLikeAPlaceholderStaysText() {
		String html = bidi.message("call", Locale.ENGLISH, bidi.ltr("\uE0001\uE001"), bidi.auto("<b>"), 1);
		assertThat(html).contains("<bdi dir=\"ltr\">\uE0001\uE001</bdi>").contains("<bdi>&lt;b&gt;</bdi>");
		assertThat(bidi.message("call", Locale.ENGLISH, bidi.ltr(null), bidi.auto(null), 0)).contains("<bdi></bdi>");
	}

	@Test
	void listsUseTheCommaOfTheReadersScript() {
		assertThat(bidi.join(List.of("Spanish", "French"), Locale.ENGLISH)).isEqualTo("Spanish, French");
		assertThat(bidi.join(List.of("الإسبانية", "الفرنسية"), Locale.forLanguageTag("ar")))
			.isEqualTo("الإسبانية، الفرنسية");
		assertThat(bidi.join(null, Locale.ENGLISH)).isEmpty();
		assertThat(bidi.separator(Locale.forLanguageTag("pt-BR"))).isEqualTo(", ");
	}

}
