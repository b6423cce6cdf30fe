package id.zonaintegritas.institution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit kerja: the part of an instansi that builds the integrity zone and serves the
 * public.
 */
@Entity
@Table(name = "work_unit")
class WorkUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "institution_id")
	private Institution institution;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_code")
	private Region region;

	private String address;

	@Column(name = "staff_count", nullable = false)
	private int staffCount;

	@Column(name = "parent_id")
	private Long parentId;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	protected WorkUnit() {
	}

	WorkUnit(Institution institution, String slug, WorkUnitDetails details, Region region) {
		this.institution = institution;
		this.slug = slug;
		update(details, region);
	}

	void placeUnder(Long parentId) {
		this.parentId = parentId;
	}

	void update(WorkUnitDetails details, Region newRegion) {
		this.name = details.name().strip();
		this.region = newRegion;
		this.address = (details.address() == null || details.address().isBlank()) ? null : details.address().strip();
		this.staffCount = details.staffCount();
	}

	long getVersion() {
		return this.version;
	}

	Institution getInstitution() {
		return this.institution;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getSlug() {
		return this.slug;
	}

	int getStaffCount() {
		return this.staffCount;
	}

}
