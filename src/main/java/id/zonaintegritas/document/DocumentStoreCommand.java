package id.zonaintegritas.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The maintenance command for the documents' stores: started with
 * {@code --portal.documents.move-to=s3|database} (and optionally
 * {@code --portal.documents.remove-orphans=true}), it moves the bytes, reports, and ends
 * the process instead of serving pages.
 */
@Component
@ConditionalOnProperty("portal.documents.move-to")
class DocumentStoreCommand implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DocumentStoreCommand.class);

	private final DocumentStoreMove move;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	DocumentStoreCommand(DocumentStoreMove move, Environment environment, ConfigurableApplicationContext context) {
		this.move = move;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		DocumentStore target = this.environment.getRequiredProperty("portal.documents.move-to", DocumentStore.class);
		int exitCode = 0;
		try {
			DocumentStoreMove.Result result = this.move.moveAll(target);
			logger.info("Moved {} document contents to {}; {} remain elsewhere", result.moved(), target.column(),
					result.remaining());
			if (this.environment.getProperty("portal.documents.remove-orphans", Boolean.class, false)) {
				logger.info("Removed {} orphaned objects from the object store", this.move.removeOrphans());
			}
			exitCode = (result.remaining() == 0) ? 0 : 3;
		}
		catch (RuntimeException ex) {
			logger.error("Moving the documents stopped; run the same command again to go on", ex);
			exitCode = 1;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
