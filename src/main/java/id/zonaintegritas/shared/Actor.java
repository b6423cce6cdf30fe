package id.zonaintegritas.shared;

import java.util.Objects;

/**
 * Who performs a command: a username and the role it acts in.
 *
 * @param username the account's username
 * @param role the capacity it acts in
 */
public record Actor(String username, ActorRole role) {

	public Actor {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(role, "role");
	}

	public static Actor staff(String username) {
		return new Actor(username, ActorRole.AGENCY_STAFF);
	}

	public static Actor reviewer(String username) {
		return new Actor(username, ActorRole.REVIEWER);
	}

	public static Actor admin(String username) {
		return new Actor(username, ActorRole.ADMIN);
	}

}
