package id.zonaintegritas.support;

import java.util.concurrent.atomic.AtomicInteger;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh rows for tests that change data, so that tests sharing the application context
 * and its database do not see each other's writes.
 */
public final class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestData() {
	}

	/**
	 * A new work unit of the instansi with this code, in Kabupaten Serang, with 40 staff.
	 */
	public static long newWorkUnit(JdbcTemplate jdbc, String institutionCode) {
		int n = SEQUENCE.incrementAndGet();
		String slug = "unit-uji-" + n + "-" + Long.toString(System.nanoTime(), 36);
		return jdbc.queryForObject("""
				insert into work_unit (institution_id, name, slug, region_code, address, staff_count)
				select id, ?, ?, '36.04', 'Alamat uji', 40 from institution where code = ?
				returning id
				""", Long.class, "Unit Uji " + slug, slug, institutionCode);
	}

	/** A new, enabled staff account of the unit, acting as staff. */
	public static Actor staffOf(JdbcTemplate jdbc, long workUnitId) {
		String username = newAccount(jdbc, "staf", "AGENCY_STAFF");
		jdbc.update("insert into account_work_unit (account_id, work_unit_id) "
				+ "select id, ? from account where username = ?", workUnitId, username);
		return Actor.staff(username);
	}

	/**
	 * A new, enabled reviewer account of the instansi with this code, acting as reviewer.
	 */
	public static Actor reviewerOf(JdbcTemplate jdbc, String institutionCode) {
		return ofInstitution(jdbc, "inspektorat", ActorRole.REVIEWER, institutionCode);
	}

	/**
	 * A new, enabled administrator of the instansi with this code, acting as its
	 * administrator.
	 */
	public static Actor institutionAdminOf(JdbcTemplate jdbc, String institutionCode) {
		return ofInstitution(jdbc, "admin.instansi", ActorRole.INSTITUTION_ADMIN, institutionCode);
	}

	/** A new, enabled instansi head of the instansi with this code, acting as head. */
	public static Actor headOf(JdbcTemplate jdbc, String institutionCode) {
		return ofInstitution(jdbc, "pimpinan", ActorRole.INSTANSI_HEAD, institutionCode);
	}

	/** A new account in a role scoped to one instansi, acting in that role. */
	private static Actor ofInstitution(JdbcTemplate jdbc, String prefix, ActorRole role, String institutionCode) {
		String username = newAccount(jdbc, prefix, role.name());
		jdbc.update(
				"insert into account_institution (account_id, institution_id) "
						+ "select a.id, i.id from account a, institution i where a.username = ? and i.code = ?",
				username, institutionCode);
		return new Actor(username, role);
	}

	/** A new, enabled national evaluator (TPN), acting as TPN. */
	public static Actor tpn(JdbcTemplate jdbc) {
		return new Actor(newAccount(jdbc, "tpn", "TPN"), ActorRole.TPN);
	}

	/** A new, enabled administrator account, acting as administrator. */
	public static Actor admin(JdbcTemplate jdbc) {
		return Actor.admin(newAccount(jdbc, "admin", "ADMIN"));
	}

	private static String newAccount(JdbcTemplate jdbc, String prefix, String role) {
		String username = prefix + ".uji-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
		jdbc.update(
				"insert into account (username, display_name, email, password_hash) values (?, ?, ?, "
						+ "'{bcrypt}$2a$10$Z14r/DHzdqAfDOj.wQ4I8e.3wl4yRL5r0iPclO/0ScYcuWvhHSmta')",
				username, "Akun Uji " + username, username + "@uji.example");
		jdbc.update("insert into account_role (account_id, role) select id, ? from account where username = ?", role,
				username);
		return username;
	}

	/** A minimal valid PDF document. */
	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "% " + text + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/** The first bytes of a PNG image, enough for content detection. */
	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
	}

}
