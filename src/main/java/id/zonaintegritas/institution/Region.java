package id.zonaintegritas.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A province, regency or city, identified by its Kemendagri code. Reference data. */
@Entity
@Table(name = "region")
class Region {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegionKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_code")
	private Region parent;

	protected Region() {
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	RegionKind getKind() {
		return this.kind;
	}

}
