package id.zonaintegritas.account;

/**
 * Published in the transaction that created an account: the hook that e-mails the new
 * user a link to set their password. The token is the link's secret; only its hash is
 * stored.
 *
 * @param username the account
 * @param setupToken the secret of the link that sets its password
 */
public record AccountCreated(String username, String setupToken) {

	@Override
	public String toString() {
		return "AccountCreated[username=" + this.username + "]";
	}

}
