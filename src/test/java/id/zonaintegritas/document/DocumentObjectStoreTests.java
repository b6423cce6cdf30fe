package id.zonaintegritas.document;

import java.util.List;
import java.util.Map;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.SerialWork;
import id.zonaintegritas.support.ObjectStoreServer;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.jclouds.blobstore.BlobStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents kept in an S3-compatible object store (S3Proxy with a filesystem backend, a
 * real S3 API): the same checks and deduplication as in the database, no object left by a
 * rolled-back upload or a deleted document, none missing for a committed row, and the
 * resumable move between the stores.
 */
@PortalIntegrationTest
class DocumentObjectStoreTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	AuditTrail audit;

	@Autowired
	AccessGuard access;

	@Autowired
	DocumentContents contents;

	@Autowired
	DocumentStoreMove move;

	@Autowired
	DocumentService databaseDocuments;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SerialWork serial;

	@Autowired
	S3Client s3;

	static BlobStore bucket;

	/**
	 * The portal's document service as configured with {@code portal.documents.store=s3}.
	 */
	DocumentService documents;

	TransactionTemplate transaction;

	long unit;

	Actor staff;

	@BeforeAll
	static void startObjectStore() {
		bucket = ObjectStoreServer.start();
	}

	@BeforeEach
	void newUnit() {
		this.documents = new DocumentService(this.jdbcClient, this.audit, this.access,
				new DocumentProperties(DataSize.ofMegabytes(10), List.of("application/pdf", "image/jpeg", "image/png"),
						DocumentStore.S3),
				this.contents);
		this.transaction = new TransactionTemplate(this.transactions);
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
	}

	@Test
	void anUploadIsKeptInTheBucketOnceByItsChecksum() {
		byte[] pdf = TestData.pdf("bukti di bucket " + this.unit);

		DocumentView first = upload("bukti.pdf", pdf);
		DocumentView second = upload("bukti-lagi.pdf", pdf);

		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, first.sha256())).isTrue();
		assertThat(this.jdbc.queryForMap(
				"select store, content is null as empty, size_bytes from document_content where sha256 = ?",
				first.sha256()))
			.containsEntry("store", "s3")
			.containsEntry("empty", true)
			.containsEntry("size_bytes", (long) pdf.length);
		assertThat(this.documents.content(second.id()).content()).isEqualTo(pdf);
		assertThat(this.databaseDocuments.content(first.id()).content())
			.as("a portal configured for the database still reads what is in the bucket")
			.isEqualTo(pdf);
	}

	@Test
	void theContentIsCheckedBeforeAnythingReachesTheBucket() {
		long objectsBefore = objects();

		assertThatThrownBy(() -> upload("skrip.pdf", "<script>alert(1)</script>".getBytes()))
			.isInstanceOf(DocumentRejectedException.class);

		assertThat(objects()).isEqualTo(objectsBefore);
	}

	@Test
	void aRolledBackUploadLeavesNoObject() {
		byte[] pdf = TestData.pdf("dibatalkan " + this.unit);

		String sha256 = this.transaction.execute((status) -> {
			DocumentView stored = this.documents.upload(this.unit, "batal.pdf", pdf, this.staff);
			assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, stored.sha256())).isTrue();
			status.setRollbackOnly();
			return stored.sha256();
		});

		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, sha256)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from document_content where sha256 = ?", Integer.class,
				sha256))
			.isZero();
	}

	@Test
	void aRolledBackUploadOfContentKeptAlreadyLeavesTheObject() {
		byte[] pdf = TestData.pdf("sudah ada " + this.unit);
		DocumentView kept = upload("ada.pdf", pdf);

		this.transaction.executeWithoutResult((status) -> {
			this.documents.upload(this.unit, "ada-lagi.pdf", pdf, this.staff);
			status.setRollbackOnly();
		});

		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, kept.sha256())).isTrue();
		assertThat(this.documents.content(kept.id()).content()).isEqualTo(pdf);
	}

	@Test
	void theObjectGoesWithTheLastDocumentThatUsesIt() {
		byte[] pdf = TestData.pdf("dihapus " + this.unit);
		DocumentView first = upload("satu.pdf", pdf);
		DocumentView second = upload("dua.pdf", pdf);

		this.databaseDocuments.delete(this.unit, first.id(), this.staff);
		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, first.sha256())).as("still used by dua.pdf").isTrue();

		this.databaseDocuments.delete(this.unit, second.id(), this.staff);
		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, first.sha256())).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from document_content where sha256 = ?", Integer.class,
				first.sha256()))
			.isZero();
	}

	@Test
	void everyDocumentMovesToTheBucketAndBackResumably() {
		byte[] pdf = TestData.pdf("pindah " + this.unit);
		byte[] png = TestData.png();
		DocumentView inDatabase = this.databaseDocuments.upload(this.unit, "pindah.pdf", pdf, this.staff);
		DocumentView image = this.databaseDocuments.upload(this.unit, "foto.png", png, this.staff);
		// an earlier run that stopped after moving one content
		assertThat(this.contents.move(inDatabase.sha256(), DocumentStore.S3)).isTrue();

		DocumentStoreMove.Result toBucket = this.move.moveAll(DocumentStore.S3);

		assertThat(toBucket.remaining()).isZero();
		assertThat(toBucket.moved()).as("the content moved before is not moved again").isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from document_content where store <> 's3'", Integer.class))
			.isZero();
		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, inDatabase.sha256())).isTrue();
		assertThat(this.databaseDocuments.content(inDatabase.id()).content()).isEqualTo(pdf);
		assertThat(this.databaseDocuments.content(image.id()).content()).isEqualTo(png);
		assertThat(this.move.moveAll(DocumentStore.S3)).isEqualTo(new DocumentStoreMove.Result(0, 0));

		int inBucket = this.jdbc.queryForObject("select count(*) from document_content", Integer.class);
		DocumentStoreMove.Result back = this.move.moveAll(DocumentStore.DATABASE);

		assertThat(back.moved()).isEqualTo(inBucket);
		assertThat(back.remaining()).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from document_content where store <> 'database' or content is null", Integer.class))
			.isZero();
		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, inDatabase.sha256())).isFalse();
		assertThat(this.databaseDocuments.content(inDatabase.id()).content()).isEqualTo(pdf);
	}

	@Test
	void aMoveThatFailsChangesNothing() {
		DocumentView inDatabase = this.databaseDocuments.upload(this.unit, "tetap.pdf",
				TestData.pdf("tetap " + this.unit), this.staff);
		ObjectStore missingBucket = new S3ObjectStore(this.s3, "no-such-bucket");
		DocumentContents failing = new DocumentContents(this.jdbcClient, this.serial,
				new StaticListableBeanFactory(Map.of("store", missingBucket)).getBeanProvider(ObjectStore.class),
				this.transactions);

		assertThatThrownBy(() -> failing.move(inDatabase.sha256(), DocumentStore.S3))
			.isInstanceOf(RuntimeException.class);

		assertThat(this.jdbc.queryForObject("select store from document_content where sha256 = ?", String.class,
				inDatabase.sha256()))
			.isEqualTo("database");
	}

	@Test
	void orphanedObjectsAreRemovedAndUsedOnesKept() {
		DocumentView used = upload("dipakai.pdf", TestData.pdf("dipakai " + this.unit));
		String orphan = "0".repeat(63) + (this.unit % 10);
		bucket.putBlob(ObjectStoreServer.BUCKET, bucket.blobBuilder(orphan).payload(new byte[] { 1, 2, 3 }).build());

		assertThat(this.move.removeOrphans()).isGreaterThanOrEqualTo(1);

		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, orphan)).isFalse();
		assertThat(bucket.blobExists(ObjectStoreServer.BUCKET, used.sha256())).isTrue();
	}

	private DocumentView upload(String fileName, byte[] content) {
		return this.transaction.execute((status) -> this.documents.upload(this.unit, fileName, content, this.staff));
	}

	private long objects() {
		return bucket.countBlobs(ObjectStoreServer.BUCKET);
	}

}
