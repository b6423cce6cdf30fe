package id.zonaintegritas.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.document.DocumentRejectedException.Reason;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.NotFoundException;
import org.apache.tika.Tika;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads documents. The media type is detected from the bytes, never taken from
 * the client; the content is kept once per SHA-256, however often it is uploaded, in the
 * database or in an object store ({@link DocumentContents}).
 */
@Service
@EnableConfigurationProperties(DocumentProperties.class)
@Transactional(readOnly = true)
public class DocumentService {

	private static final String SELECT_VIEW = """
			select d.id, d.work_unit_id, d.file_name, c.media_type, c.size_bytes, c.sha256, d.uploaded_by, d.uploaded_at
			from document d join document_content c on c.sha256 = d.content_sha256
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AccessGuard access;

	private final DocumentProperties properties;

	private final DocumentContents contents;

	private final Tika tika = new Tika();

	DocumentService(JdbcClient jdbc, AuditTrail audit, AccessGuard access, DocumentProperties properties,
			DocumentContents contents) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.access = access;
		this.properties = properties;
		this.contents = contents;
		if (properties.store() == DocumentStore.S3 && !contents.hasObjectStore()) {
			throw new IllegalStateException(
					"portal.documents.store=s3 needs an object store: set portal.documents.s3.bucket (docs/deployment.md)");
		}
	}

	/** The largest accepted document, for forms to state. */
	public long maxSizeBytes() {
		return this.properties.maxSize().toBytes();
	}

	/**
	 * Checks and stores an uploaded document for a work unit.
	 * @throws DocumentRejectedException when it is empty, too large or not a PDF, JPEG or
	 * PNG
	 */
	@Transactional
	public DocumentView upload(long workUnitId, String originalFileName, byte[] content, Actor uploader) {
		this.access.requireStaffOf(uploader, workUnitId);
		return store(workUnitId, originalFileName, content, uploader);
	}

	/**
	 * Checks and stores a document that is no unit's: an instansi's proposal letters, a
	 * minister's decree. Whoever keeps a reference to it decides who may read it.
	 * @throws DocumentRejectedException when it is empty, too large or not a PDF, JPEG or
	 * PNG
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentView uploadRecord(String originalFileName, byte[] content, Actor uploader) {
		return store(null, originalFileName, content, uploader);
	}

	private DocumentView store(Long workUnitId, String originalFileName, byte[] content, Actor uploader) {
		if (content == null || content.length == 0) {
			throw new DocumentRejectedException(Reason.EMPTY);
		}
		if (content.length > maxSizeBytes()) {
			throw new DocumentRejectedException(Reason.TOO_LARGE, this.properties.maxSize().toMegabytes());
		}
		String mediaType = this.tika.detect(content);
		if (!this.properties.allowedMediaTypes().contains(mediaType)) {
			throw new DocumentRejectedException(Reason.TYPE_NOT_ALLOWED);
		}
		String sha256 = sha256(content);
		String fileName = FileNames.clean(originalFileName, mediaType);
		this.contents.keep(sha256, mediaType, content, this.properties.store());
		long id = this.jdbc.sql("""
				insert into document (work_unit_id, content_sha256, file_name, uploaded_by)
				values (:unit, :sha256, :fileName, :uploader)
				returning id
				""")
			.param("unit", workUnitId)
			.param("sha256", sha256)
			.param("fileName", fileName)
			.param("uploader", uploader.username())
			.query(Long.class)
			.single();
		this.audit.record(AuditRecord.worded(uploader, "DOCUMENT_UPLOADED", "Document", id, workUnitId, fileName,
				mediaType, content.length));
		return document(id);
	}

	/** The document with this id, or a {@link NotFoundException}. */
	public DocumentView document(long id) {
		return this.jdbc.sql(SELECT_VIEW + " where d.id = :id")
			.param("id", id)
			.query(DocumentService::mapView)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.document.notFound", id));
	}

	/** These documents, in one query, by id. */
	public Map<Long, DocumentView> documents(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT_VIEW + " where d.id in (:ids)")
			.param("ids", ids)
			.query(DocumentService::mapView)
			.list()
			.stream()
			.collect(Collectors.toMap(DocumentView::id, (view) -> view));
	}

	/** A document with its bytes, for download. */
	public DocumentContent content(long id) {
		DocumentView view = document(id);
		return new DocumentContent(view, this.contents.read(view.sha256()));
	}

	/** A unit's documents, newest first. */
	public List<DocumentView> ofWorkUnit(long workUnitId) {
		return this.jdbc.sql(SELECT_VIEW + " where d.work_unit_id = :unit order by d.uploaded_at desc, d.id desc")
			.param("unit", workUnitId)
			.query(DocumentService::mapView)
			.list();
	}

	/**
	 * Confirms that every one of these documents belongs to the unit; one that does not
	 * is reported as not found, so ids of other units reveal nothing.
	 */
	public void requireAllOfWorkUnit(long workUnitId, Collection<Long> documentIds) {
		if (documentIds.isEmpty()) {
			return;
		}
		List<Long> found = this.jdbc.sql("select id from document where work_unit_id = :unit and id in (:ids)")
			.param("unit", workUnitId)
			.param("ids", documentIds)
			.query(Long.class)
			.list();
		documentIds.stream().filter((id) -> !found.contains(id)).findFirst().ifPresent((missing) -> {
			throw new NotFoundException("error.document.notFound", missing);
		});
	}

	/** The unit's documents, for its own staff. */
	public List<DocumentView> ofWorkUnitForStaff(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return ofWorkUnit(workUnitId);
	}

	/**
	 * A unit's document with its bytes, for its own staff (and, later, its reviewers).
	 */
	public DocumentContent contentForStaff(long workUnitId, long documentId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		requireAllOfWorkUnit(workUnitId, List.of(documentId));
		return content(documentId);
	}

	/** A unit's document with its bytes, for a reviewer of the unit's institution. */
	public DocumentContent contentForReviewer(long workUnitId, long documentId, Actor actor) {
		this.access.requireReviewerOf(actor, workUnitId);
		requireAllOfWorkUnit(workUnitId, List.of(documentId));
		return content(documentId);
	}

	/**
	 * Deletes a document that nothing refers to yet; one attached to a declaration or a
	 * stage request is part of a record and stays (the database's foreign keys say so).
	 */
	@Transactional
	public void delete(long workUnitId, long documentId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		DocumentView document = document(documentId);
		requireAllOfWorkUnit(workUnitId, List.of(documentId));
		try {
			this.jdbc.sql("delete from document where id = :id").param("id", documentId).update();
			this.contents.dropIfUnused(document.sha256());
		}
		catch (DataIntegrityViolationException ex) {
			throw new DocumentInUseException(document.fileName());
		}
		this.audit
			.record(AuditRecord.of(actor, "DOCUMENT_DELETED", "Document", documentId, workUnitId, document.fileName()));
	}

	private static DocumentView mapView(ResultSet rs, int row) throws SQLException {
		return new DocumentView(rs.getLong("id"), rs.getObject("work_unit_id", Long.class), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
