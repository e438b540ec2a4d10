package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TANDEM_PUBLIC_URL: unset when blank, kept without a trailing slash, refused at start when it is no address. */
class TandemPropertiesTests {

	@Test
	void blankMeansUnset() {
		for (String blank : new String[] { null, "", "   " }) {
			TandemProperties properties = with(blank);
			assertThat(properties.hasPublicUrl()).isFalse();
			assertThat(properties.publicUrl()).isNull();
			assertThat(properties.secure()).isFalse();
			assertThat(properties.host()).isEqualTo("localhost");
		}
	}

	@Test
	void anAddressIsKeptWithoutItsTrailingSlash() {
		TandemProperties properties = with(" https://help.example.org/tandem// ");
		assertThat(properties.publicUrl()).isEqualTo("https://help.example.org/tandem");
		assertThat(properties.secure()).isTrue();
		assertThat(properties.host()).isEqualTo("help.example.org");
		assertThat(with("http://localhost:9090").secure()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "help.example.org", "ftp://help.example.org", "https://", "https://exa mple.org",
			"https://help.example.org/?next=x", "//help.example.org" })
	void anythingButAnAbsoluteWebAddressIsRefused(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> with(url)).withMessageContaining("TANDEM_PUBLIC_URL");
	}

	private static TandemProperties with(@Nullable String publicUrl) {
		return new TandemProperties(publicUrl, Path.of("tandem-data"), false, "Tandem",
				new TandemProperties.Session(Duration.ofMinutes(30), Duration.ofHours(12)),
				new TandemProperties.Login(5, Duration.ofMinutes(1), Duration.ofMinutes(5)),
				new TandemProperties.Links(Duration.ofHours(72), Duration.ofHours(1)),
				new TandemProperties.Mail("tandem@localhost", Duration.ofSeconds(30)));
	}

}
