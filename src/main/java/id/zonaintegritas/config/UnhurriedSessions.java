package id.zonaintegritas.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), written when something in them changed,
 * and otherwise at most once a minute. Spring Session writes a session's last access back
 * on every request: an UPDATE in a transaction of its own for every page a signed-in user
 * opens, though only the expiry depends on it. Here a request that changed nothing writes
 * the last access only when the stored one is a minute old or more, so a session may
 * expire up to a minute before its 30 minutes of inactivity are over. Anything else — a
 * new session, a new id at login, an attribute set or removed, a new timeout — is written
 * as before.
 * <p>
 * A request reads its session once: Spring Session asks for it again after writing it (to
 * check the id the browser sent), and gets the one this request already holds.
 * {@link #forgetReads()} ends that at the end of each request. The read itself runs
 * without a transaction ({@link SessionTransactions}).
 */
final class UnhurriedSessions implements SessionRepository<UnhurriedSessions.TrackedSession> {

	private final SessionRepository<Session> sessions;

	private final SessionTransactions transactions;

	private final Duration touchEvery;

	private final ThreadLocal<TrackedSession> readInThisRequest = new ThreadLocal<>();

	@SuppressWarnings("unchecked")
	UnhurriedSessions(SessionRepository<? extends Session> sessions, SessionTransactions transactions,
			Duration touchEvery) {
		this.sessions = (SessionRepository<Session>) sessions;
		this.transactions = transactions;
		this.touchEvery = touchEvery;
	}

	@Override
	public TrackedSession createSession() {
		return new TrackedSession(this.sessions.createSession(), true);
	}

	@Override
	public void save(TrackedSession session) {
		if (session.changed || Duration.between(session.storedLastAccess, session.getLastAccessedTime())
			.compareTo(this.touchEvery) >= 0) {
			this.sessions.save(session.delegate);
			session.stored();
		}
	}

	@Override
	public TrackedSession findById(String id) {
		TrackedSession held = this.readInThisRequest.get();
		if (held != null && held.getId().equals(id)) {
			return held;
		}
		Session found = this.transactions.read(() -> this.sessions.findById(id));
		TrackedSession session = (found != null) ? new TrackedSession(found, false) : null;
		this.readInThisRequest.set(session);
		return session;
	}

	@Override
	public void deleteById(String id) {
		this.readInThisRequest.remove();
		this.sessions.deleteById(id);
	}

	/** The request is over: its session is read from the database again next time. */
	void forgetReads() {
		this.readInThisRequest.remove();
	}

	/**
	 * A session that knows whether anything but its last access changed since it was
	 * read.
	 */
	static final class TrackedSession implements Session {

		private final Session delegate;

		private boolean changed;

		private Instant storedLastAccess;

		TrackedSession(Session delegate, boolean isNew) {
			this.delegate = delegate;
			this.changed = isNew;
			this.storedLastAccess = delegate.getLastAccessedTime();
		}

		private void stored() {
			this.changed = false;
			this.storedLastAccess = this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.delegate.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.changed = true;
			this.delegate.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			if (this.delegate.getAttribute(name) != null) {
				this.changed = true;
			}
			this.delegate.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.delegate.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(this.delegate.getMaxInactiveInterval())) {
				this.changed = true;
			}
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
