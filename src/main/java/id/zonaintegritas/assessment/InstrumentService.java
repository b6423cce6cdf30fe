package id.zonaintegritas.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the LKE: the one in force, any one whole, and for administrators the
 * loading of a new version from its files (all or nothing, every problem reported by file
 * and line), its preview and its publication. A published version never changes, so it is
 * read from the database once per instance and kept.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentService {

	private final InstrumentStore store;

	private final AdministratorCheck administrators;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<Long, LkeVersion> published = new ConcurrentHashMap<>();

	InstrumentService(JdbcClient jdbc, AdministratorCheck administrators, AuditTrail audit, Clock clock) {
		this.store = new InstrumentStore(jdbc);
		this.administrators = administrators;
		this.audit = audit;
		this.clock = clock;
	}

	/** The version new self-assessments are made under: the latest published. */
	public LkeVersion inForce() {
		return this.store.inForce()
			.map(this::version)
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.NO_VERSION_IN_FORCE));
	}

	/** A version, whole, or a {@link NotFoundException}. */
	public LkeVersion version(long id) {
		LkeVersion kept = this.published.get(id);
		if (kept != null) {
			return kept;
		}
		LkeVersion version = this.store.load(id)
			.orElseThrow(() -> new NotFoundException("lke.instrument.versionNotFound", id));
		if (version.published()) {
			this.published.put(id, version);
		}
		return version;
	}

	/** Every version, newest first. */
	public List<LkeVersionSummary> versions(Actor admin) {
		this.administrators.requireAdministrator(admin);
		return this.store.summaries();
	}

	/** The files a version was loaded from, by name: its provenance. */
	public Map<String, String> files(long id, Actor admin) {
		this.administrators.requireAdministrator(admin);
		version(id);
		return this.store.files(id);
	}

	/**
	 * Loads a new version from its files as a draft, to be seen before it is published.
	 * @return the draft's id
	 * @throws InstrumentRejectedException with every problem, when the files do not pass
	 */
	@Transactional
	public long load(InstrumentFiles files, Actor admin) {
		this.administrators.requireAdministrator(admin);
		InstrumentReader.Result read = InstrumentReader.read(files);
		if (!read.ok()) {
			throw new InstrumentRejectedException(read.problems());
		}
		if (this.store.exists(read.version().name())) {
			throw new InstrumentRejectedException("lke.instrument.nameTaken", read.version().name());
		}
		long id = this.store.insertDraft(read.version(), read.texts(), admin.username(), this.clock.instant());
		this.audit.record(AuditRecord.worded(admin, "LKE_VERSION_LOADED", "LkeVersion", id, null, read.version().name(),
				read.version().questions().size()));
		return id;
	}

	/** Publishes a draft: from now on it is the version in force, and never changes. */
	@Transactional
	public void publish(long id, Actor admin) {
		this.administrators.requireAdministrator(admin);
		LkeVersion version = version(id);
		if (this.store.publish(id, admin.username(), this.clock.instant()) == 0) {
			throw new InstrumentRejectedException("lke.instrument.alreadyPublished", version.name());
		}
		this.audit.record(AuditRecord.of(admin, "LKE_VERSION_PUBLISHED", "LkeVersion", id, null, version.name()));
	}

	/** Discards a draft that was never published. */
	@Transactional
	public void discard(long id, Actor admin) {
		this.administrators.requireAdministrator(admin);
		LkeVersion version = version(id);
		if (this.store.deleteDraft(id) == 0) {
			throw new InstrumentRejectedException("lke.instrument.alreadyPublished", version.name());
		}
		this.audit.record(AuditRecord.of(admin, "LKE_VERSION_DISCARDED", "LkeVersion", id, null, version.name()));
	}

}
