package id.zonaintegritas.institution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An instansi: a ministry, agency, or regional government that has work units. */
@Entity
@Table(name = "institution")
class Institution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InstitutionKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "region_code")
	private Region region;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	protected Institution() {
	}

	Institution(InstitutionDetails details, Region region) {
		update(details, region);
	}

	void update(InstitutionDetails details, Region newRegion) {
		this.code = details.code().strip().toUpperCase(java.util.Locale.ROOT);
		this.name = details.name().strip();
		this.kind = details.kind();
		this.region = newRegion;
	}

	long getVersion() {
		return this.version;
	}

	Region getRegion() {
		return this.region;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	InstitutionKind getKind() {
		return this.kind;
	}

}
