package id.zonaintegritas.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port with the demo data, on real PostgreSQL. Every
 * test class with this annotation shares one application context and so one database:
 * keep tests independent of each other's writes. New documents go into the database; the
 * object store ({@link ObjectStoreServer}) is configured beside it for the tests that
 * move them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureTestRestTemplate
@Import({ TestDatabaseConfiguration.class, StatementCounting.class })
@TestPropertySource(properties = { "portal.demo.enabled=true", "portal.embedded-db.data-directory=",
		"portal.public-pages.version-check-interval=0", "portal.mail.scheduling=false", "spring.mail.host=localhost",
		"spring.mail.port=" + MailServer.PORT, "spring.mail.properties.mail.smtp.connectiontimeout=10000",
		"spring.mail.properties.mail.smtp.timeout=10000", "portal.documents.s3.bucket=" + ObjectStoreServer.BUCKET,
		"portal.documents.s3.endpoint=http://127.0.0.1:" + ObjectStoreServer.PORT,
		"portal.documents.s3.access-key=" + ObjectStoreServer.ACCESS_KEY,
		"portal.documents.s3.secret-key=" + ObjectStoreServer.SECRET_KEY })
public @interface PortalIntegrationTest {

}
