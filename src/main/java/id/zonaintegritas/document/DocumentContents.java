package id.zonaintegritas.document;

import java.util.Optional;

import id.zonaintegritas.shared.SerialWork.Subject;
import id.zonaintegritas.shared.SerialWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bytes of documents, once per SHA-256, in the database or in the object store, kept
 * in step with the {@code document_content} rows that say where they are.
 * <p>
 * A row and its object change only while the content's lock is held ({@link SerialWork}).
 * An object is written before its row, inside the row's transaction; if that transaction
 * rolls back, or a row is deleted or moved back into the database, the object is removed
 * afterwards, in a transaction of its own that takes the lock and removes it only if no
 * committed row still needs it. So a rolled-back upload leaves no object behind, and a
 * committed row never points at a removed one. Only a process that dies between writing
 * an object and committing its row leaves one; {@link DocumentStoreMove#removeOrphans()}
 * finds and removes those.
 */
@Component
class DocumentContents {

	private static final Logger logger = LoggerFactory.getLogger(DocumentContents.class);

	private final JdbcClient jdbc;

	private final SerialWork serial;

	private final ObjectProvider<ObjectStore> objects;

	private final TransactionTemplate separately;

	DocumentContents(JdbcClient jdbc, SerialWork serial, ObjectProvider<ObjectStore> objects,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.serial = serial;
		this.objects = objects;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether an object store is configured. */
	boolean hasObjectStore() {
		return this.objects.getIfAvailable() != null;
	}

	/**
	 * Keeps this content in the given store, unless it is kept already (wherever that
	 * is).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void keep(String sha256, String mediaType, byte[] content, DocumentStore store) {
		this.serial.claim(Subject.DOCUMENT_CONTENT, sha256);
		if (storeOf(sha256).isPresent()) {
			return;
		}
		if (store == DocumentStore.S3) {
			removeObjectAfterRollback(sha256);
			objectStore().put(sha256, content, mediaType);
		}
		this.jdbc.sql("""
				insert into document_content (sha256, media_type, size_bytes, content, store)
				values (:sha256, :mediaType, :size, :content, :store)
				""")
			.param("sha256", sha256)
			.param("mediaType", mediaType)
			.param("size", (long) content.length)
			.param("content", (store == DocumentStore.DATABASE) ? content : null)
			.param("store", store.column())
			.update();
	}

	/** The content's bytes, wherever they are kept. */
	byte[] read(String sha256) {
		Stored stored = this.jdbc.sql("select store, content from document_content where sha256 = :sha256")
			.param("sha256", sha256)
			.query((rs, row) -> new Stored(DocumentStore.ofColumn(rs.getString("store")), rs.getBytes("content")))
			.single();
		return (stored.store() == DocumentStore.DATABASE) ? stored.content() : objectStore().get(sha256);
	}

	/** Deletes the content if no document refers to it any more. */
	@Transactional(propagation = Propagation.MANDATORY)
	void dropIfUnused(String sha256) {
		this.serial.claim(Subject.DOCUMENT_CONTENT, sha256);
		Optional<String> dropped = this.jdbc.sql("""
				delete from document_content c where c.sha256 = :sha256
				and not exists (select 1 from document d where d.content_sha256 = c.sha256)
				returning c.store
				""").param("sha256", sha256).query(String.class).optional();
		if (dropped.filter(DocumentStore.S3.column()::equals).isPresent()) {
			removeObjectAfterCommit(sha256);
		}
	}

	/**
	 * Moves one content to the other store, in its own transaction; nothing happens when
	 * it is already there or gone.
	 * @return whether it was moved
	 */
	boolean move(String sha256, DocumentStore target) {
		Boolean moved = this.separately.execute((status) -> {
			this.serial.claim(Subject.DOCUMENT_CONTENT, sha256);
			Optional<DocumentStore> current = storeOf(sha256);
			if (current.isEmpty() || current.get() == target) {
				return false;
			}
			if (target == DocumentStore.S3) {
				String mediaType = this.jdbc.sql("select media_type from document_content where sha256 = :sha256")
					.param("sha256", sha256)
					.query(String.class)
					.single();
				removeObjectAfterRollback(sha256);
				objectStore().put(sha256, read(sha256), mediaType);
				this.jdbc.sql("update document_content set store = 's3', content = null where sha256 = :sha256")
					.param("sha256", sha256)
					.update();
			}
			else {
				byte[] content = objectStore().get(sha256);
				this.jdbc
					.sql("update document_content set store = 'database', content = :content where sha256 = :sha256")
					.param("content", content)
					.param("sha256", sha256)
					.update();
				removeObjectAfterCommit(sha256);
			}
			return true;
		});
		return Boolean.TRUE.equals(moved);
	}

	/**
	 * Removes the object unless a committed row keeps its content in the object store.
	 * @return whether it was removed
	 */
	boolean removeObjectUnlessKept(String sha256) {
		Boolean removed = this.separately.execute((status) -> {
			this.serial.claim(Subject.DOCUMENT_CONTENT, sha256);
			if (storeOf(sha256).filter((store) -> store == DocumentStore.S3).isPresent()) {
				return false;
			}
			objectStore().delete(sha256);
			return true;
		});
		return Boolean.TRUE.equals(removed);
	}

	ObjectStore objectStore() {
		ObjectStore store = this.objects.getIfAvailable();
		if (store == null) {
			throw new IllegalStateException(
					"Documents are kept in an object store, but portal.documents.s3.bucket is not set");
		}
		return store;
	}

	private Optional<DocumentStore> storeOf(String sha256) {
		return this.jdbc.sql("select store from document_content where sha256 = :sha256")
			.param("sha256", sha256)
			.query(String.class)
			.optional()
			.map(DocumentStore::ofColumn);
	}

	private void removeObjectAfterRollback(String sha256) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					removeObjectQuietly(sha256);
				}
			}
		});
	}

	private void removeObjectAfterCommit(String sha256) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				removeObjectQuietly(sha256);
			}
		});
	}

	/**
	 * What the user did is done by now; an object store that cannot be reached leaves an
	 * orphan for {@link DocumentStoreMove#removeOrphans()}, not an error page.
	 */
	private void removeObjectQuietly(String sha256) {
		try {
			removeObjectUnlessKept(sha256);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not remove object {} from the document store; it is left for removeOrphans", sha256, ex);
		}
	}

	private record Stored(DocumentStore store, byte[] content) {
	}

}
