package id.zonaintegritas.config;

import java.time.LocalDate;
import java.time.ZoneId;

import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bean Validation's "today" is the portal's, in WIB: a form dated today in Jakarta is not
 * "in the future" between 00:00 and 07:00 WIB, when it is still yesterday in UTC.
 */
@PortalIntegrationTest
class ValidationClockTests {

	@Autowired
	LocalValidatorFactoryBean validator;

	@Test
	void todayInJakartaIsNeverInTheFuture() {
		assertThat(this.validator.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
		assertThat(this.validator.validate(new Dated(LocalDate.now(ProgrammeDates.WIB)))).isEmpty();
		assertThat(this.validator.validate(new Dated(LocalDate.now(ProgrammeDates.WIB).plusDays(1)))).hasSize(1);
	}

	record Dated(@PastOrPresent LocalDate on) {
	}

}
