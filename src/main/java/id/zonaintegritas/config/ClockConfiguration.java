package id.zonaintegritas.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock. "Today" is the date in Jakarta (WIB), the time zone the programme's
 * decrees and declarations are dated in.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId INDONESIA_WESTERN_TIME = ZoneId.of("Asia/Jakarta");

	// Ticks in microseconds, as PostgreSQL keeps time: a moment read back from the
	// database equals the one that was written.
	@Bean
	Clock clock() {
		return Clock.tick(Clock.system(INDONESIA_WESTERN_TIME), Duration.ofNanos(1000));
	}

	// @PastOrPresent and its kind compare with today in WIB too, not in the JVM's zone:
	// from 00:00 to 07:00 WIB, today's date was "in the future" in UTC.
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return (configuration) -> configuration.clockProvider(() -> clock);
	}

}
