package id.zonaintegritas.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail, a real SMTP server in the test JVM, on the port the test contexts' mail
 * sender uses. A test starts and stops it; while it is stopped, deliveries fail as they
 * do when a real server is down.
 */
public final class MailServer {

	public static final int PORT = 3925;

	private MailServer() {
	}

	public static GreenMail create() {
		return new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

}
