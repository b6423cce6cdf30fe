package id.zonaintegritas.evaluation;

import java.util.List;

import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * A unit's TPI team in a period.
 *
 * @param unit the unit
 * @param year the period
 * @param members who is on it, leads first
 */
public record TpiTeam(WorkUnitSummary unit, int year, List<Member> members) {

	public TpiTeam {
		members = List.copyOf(members);
	}

	public List<Member> of(TpiRole role) {
		return this.members.stream().filter((member) -> member.role() == role).toList();
	}

	/** The names of those in a role, joined, or an empty string. */
	public String namesOf(String role) {
		return String.join(", ", of(TpiRole.valueOf(role)).stream().map(Member::name).toList());
	}

	/** Whether it has an evaluator and a lead, as an evaluation needs. */
	public boolean complete() {
		return !of(TpiRole.EVALUATOR).isEmpty() && !of(TpiRole.LEAD).isEmpty();
	}

	/** The role a reviewer has on the team, or {@code null}. */
	public TpiRole roleOf(String username) {
		return this.members.stream()
			.filter((member) -> member.username().equals(username))
			.map(Member::role)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A reviewer on the team.
	 *
	 * @param username the account
	 * @param name the name shown
	 * @param role evaluator or lead
	 */
	public record Member(String username, String name, TpiRole role) {
	}

	/**
	 * A reviewer of the institution who can be put on a team.
	 *
	 * @param username the account
	 * @param name the name shown
	 */
	public record Reviewer(String username, String name) {
	}

}
