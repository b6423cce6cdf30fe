package id.zonaintegritas.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ForbiddenException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access, checked by the services on every command: staff act only for their
 * own units; reviewers only for units of their institutions, and never for a unit they
 * are staff of; administrators only while they are. Roles and scopes are read from the
 * database each time, so a disabled account, a withdrawn role or a withdrawn scope takes
 * effect at once, even for a session that is already open.
 * <p>
 * A check joins the transaction of the command it guards; called on its own, by a page
 * before it reads, it needs none: its reads are single statements, and a transaction of
 * their own cost two round trips more each.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class AccessGuard implements AdministratorCheck {

	private final JdbcClient jdbc;

	private final InstitutionService institutions;

	AccessGuard(JdbcClient jdbc, InstitutionService institutions) {
		this.jdbc = jdbc;
		this.institutions = institutions;
	}

	/** Refuses unless the actor is enabled staff of the unit (or the portal itself). */
	public void requireStaffOf(Actor actor, long workUnitId) {
		if (actor.role() == ActorRole.SYSTEM) {
			return;
		}
		if (actor.role() != ActorRole.AGENCY_STAFF || !isStaffOf(actor.username(), workUnitId)) {
			throw new ForbiddenException("error.forbidden.notStaffOfUnit");
		}
	}

	/**
	 * Refuses unless the actor is an enabled reviewer of the unit's institution who is
	 * not staff of the unit itself.
	 */
	public void requireReviewerOf(Actor actor, long workUnitId) {
		if (actor.role() == ActorRole.SYSTEM) {
			return;
		}
		long institutionId = this.institutions.workUnit(workUnitId).institutionId();
		if (actor.role() != ActorRole.REVIEWER || !reviewedInstitutionsOf(actor.username()).contains(institutionId)) {
			throw new ForbiddenException("error.forbidden.notReviewerOfUnit");
		}
		if (isStaffOf(actor.username(), workUnitId)) {
			throw new ForbiddenException("error.forbidden.reviewerIsStaff");
		}
	}

	/**
	 * Refuses unless the actor is staff of the unit, or a reviewer of its institution who
	 * is not staff of it: who may read what the unit keeps for its reviewers.
	 */
	public void requireStaffOrReviewerOf(Actor actor, long workUnitId) {
		if (actor.role() == ActorRole.REVIEWER) {
			requireReviewerOf(actor, workUnitId);
		}
		else {
			requireStaffOf(actor, workUnitId);
		}
	}

	/**
	 * Refuses unless the actor is the enabled head (or coordinator) of the institution.
	 */
	public void requireInstansiHeadOf(Actor actor, long institutionId) {
		if (actor.role() == ActorRole.SYSTEM) {
			return;
		}
		if (actor.role() != ActorRole.INSTANSI_HEAD
				|| !headedInstitutionOf(actor.username()).map((id) -> id == institutionId).orElse(false)) {
			throw new ForbiddenException("error.forbidden.notInstansiHead");
		}
	}

	/** The institution an enabled instansi head acts for. */
	public Optional<Long> headedInstitutionOf(String username) {
		return this.jdbc.sql("""
				select i.institution_id from account a
				join account_role r on r.account_id = a.id and r.role = 'INSTANSI_HEAD'
				join account_institution i on i.account_id = a.id
				where a.username = :username and a.enabled order by i.institution_id limit 1
				""").param("username", username).query(Long.class).optional();
	}

	/** Refuses unless the actor is an enabled national evaluator (TPN). */
	public void requireTpn(Actor actor) {
		if (actor.role() == ActorRole.SYSTEM) {
			return;
		}
		if (actor.role() != ActorRole.TPN || !hasRole(actor.username(), "TPN")) {
			throw new ForbiddenException("error.forbidden.tpnOnly");
		}
	}

	@Override
	public void requireAdministrator(Actor actor) {
		if (actor.role() == ActorRole.SYSTEM) {
			return;
		}
		if (actor.role() != ActorRole.ADMIN || !isAdministrator(actor.username())) {
			throw new ForbiddenException("error.forbidden.adminOnly");
		}
	}

	@Override
	public Administration administrationOf(Actor actor) {
		if (actor.role() == ActorRole.SYSTEM
				|| (actor.role() == ActorRole.ADMIN && isAdministrator(actor.username()))) {
			return Administration.nationwide();
		}
		if (actor.role() == ActorRole.INSTITUTION_ADMIN && hasRole(actor.username(), "INSTITUTION_ADMIN")) {
			return new Administration(false,
					Set.copyOf(this.jdbc.sql("""
							select i.institution_id from account a join account_institution i on i.account_id = a.id
							where a.username = :username and a.enabled""")
						.param("username", actor.username())
						.query(Long.class)
						.list()));
		}
		throw new ForbiddenException("error.forbidden.adminOnly");
	}

	/** Whether the account is enabled and holds the administrator role now. */
	public boolean isAdministrator(String username) {
		return hasRole(username, "ADMIN");
	}

	private boolean hasRole(String username, String role) {
		return this.jdbc.sql("""
				select count(*) from account a
				join account_role r on r.account_id = a.id and r.role = :role
				where a.username = :username and a.enabled
				""").param("username", username).param("role", role).query(Long.class).single() > 0;
	}

	public boolean isStaffOf(String username, long workUnitId) {
		return this.jdbc.sql("""
				select count(*) from account a
				join account_role r on r.account_id = a.id and r.role = 'AGENCY_STAFF'
				join account_work_unit w on w.account_id = a.id
				where a.username = :username and a.enabled and w.work_unit_id = :unit
				""").param("username", username).param("unit", workUnitId).query(Long.class).single() > 0;
	}

	/** The units an enabled staff account works for. */
	public List<Long> staffUnitsOf(String username) {
		return this.jdbc.sql("""
				select w.work_unit_id from account a
				join account_role r on r.account_id = a.id and r.role = 'AGENCY_STAFF'
				join account_work_unit w on w.account_id = a.id
				where a.username = :username and a.enabled order by w.work_unit_id
				""").param("username", username).query(Long.class).list();
	}

	/** The institutions an enabled reviewer account reviews. */
	public List<Long> reviewedInstitutionsOf(String username) {
		return this.jdbc.sql("""
				select i.institution_id from account a
				join account_role r on r.account_id = a.id and r.role = 'REVIEWER'
				join account_institution i on i.account_id = a.id
				where a.username = :username and a.enabled order by i.institution_id
				""").param("username", username).query(Long.class).list();
	}

}
