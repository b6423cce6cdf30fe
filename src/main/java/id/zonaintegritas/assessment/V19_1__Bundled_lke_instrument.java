package id.zonaintegritas.assessment;

import java.time.Instant;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Loads the LKE of PermenPAN-RB 90/2021, bundled in {@code src/main/resources/lke/}, and
 * publishes it: read and checked by the same {@link InstrumentReader} and stored by the
 * same {@link InstrumentStore} as a version an administrator uploads. A Flyway migration
 * (a bean that Spring Boot hands to Flyway), so that it runs once per database, right
 * after the schema it fills, and before the demo data that answers it.
 */
@Component
class V19_1__Bundled_lke_instrument extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		InstrumentReader.Result read = InstrumentReader.read(InstrumentFiles.bundled());
		if (!read.ok()) {
			throw new IllegalStateException("The bundled LKE does not pass its checks: " + read.problems());
		}
		InstrumentStore store = new InstrumentStore(
				JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
		Instant now = Instant.now();
		long id = store.insertDraft(read.version(), read.texts(), "system", now);
		store.publish(id, "system", now);
	}

}
