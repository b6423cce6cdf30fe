package id.zonaintegritas.pact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NipTests {

	@Test
	void acceptsAWellFormedNip() {
		assertThat(Nip.isValid("198503152010012001")).isTrue();
	}

	@Test
	void removesTheSpacesAndDotsPeopleType() {
		assertThat(Nip.normalise("19850315 201001 2 001")).isEqualTo("198503152010012001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "19850315201001200", "1985031520100120011", "19850315201001200A", "198513152010012001",
			"198502302010012001", "198503152010132001", "198503152010013001", "198503151980012001" })
	void refusesAMalformedNip(String nip) {
		assertThat(Nip.isValid(nip)).isFalse();
	}

}
