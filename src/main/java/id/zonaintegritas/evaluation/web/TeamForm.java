package id.zonaintegritas.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.evaluation.TpiRole;
import id.zonaintegritas.evaluation.TpiTeam;

/**
 * A TPI team as its form sends it: {@code roles[username]=EVALUATOR|LEAD}, empty for
 * none.
 */
public class TeamForm {

	private Map<String, String> roles = new LinkedHashMap<>();

	static TeamForm of(TpiTeam team) {
		TeamForm form = new TeamForm();
		team.members().forEach((member) -> form.roles.put(member.username(), member.role().name()));
		return form;
	}

	/** The chosen roles; an unknown one counts as none. */
	Map<String, TpiRole> chosen() {
		Map<String, TpiRole> chosen = new LinkedHashMap<>();
		this.roles.forEach((username, role) -> {
			if (role != null) {
				for (TpiRole known : TpiRole.values()) {
					if (known.name().equals(role)) {
						chosen.put(username, known);
					}
				}
			}
		});
		return chosen;
	}

	public Map<String, String> getRoles() {
		return this.roles;
	}

	public void setRoles(Map<String, String> roles) {
		this.roles = roles;
	}

}
