package id.zonaintegritas.mail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.MailPreferences;
import id.zonaintegritas.account.MailTopic;
import id.zonaintegritas.account.NewAccount;
import id.zonaintegritas.account.Role;
import id.zonaintegritas.account.TemporaryPassword;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.MailServer;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import id.zonaintegritas.workflow.Outcome;
import id.zonaintegritas.workflow.StageRequestView;
import id.zonaintegritas.workflow.WorkflowService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The outbox against a real SMTP server (GreenMail): an e-mail is written with the change
 * it tells of and only then, in the recipient's language and only if they want it; it is
 * delivered once however many deliverers run; a failed delivery is retried and then
 * succeeds; a new account gets a link to set its password, never a password.
 */
@PortalIntegrationTest
class MailOutboxTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkflowService workflow;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	MailDelivery delivery;

	@Autowired
	MailReminders reminders;

	@Autowired
	MailPreferences preferences;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transactions;

	GreenMail smtp;

	java.time.OffsetDateTime started;

	@BeforeEach
	void startTheMailServer() {
		this.started = this.jdbc.queryForObject("select now()", java.time.OffsetDateTime.class);
		this.smtp = MailServer.create();
		this.smtp.start();
	}

	/**
	 * Delivers what is due and waits until the server has stored every message sent since
	 * the test began (it answers the client before its mailbox shows the last one).
	 */
	private void deliver() {
		this.delivery.deliverDue();
		awaitDelivered();
	}

	private void awaitDelivered() {
		int sent = this.jdbc.queryForObject("select count(*) from outgoing_mail where status = 'SENT' and sent_at >= ?",
				Integer.class, this.started);
		// GreenMail's own wait (waitForIncomingEmail) can count the message being stored
		// as it begins twice and return one early: the mailbox itself is what is awaited.
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.smtp.getReceivedMessages()).as("the server has the messages sent")
				.hasSizeGreaterThanOrEqualTo(sent));
	}

	@AfterEach
	void stopTheMailServer() {
		this.smtp.stop();
	}

	@Test
	void aRequestAndItsDecisionReachTheirReadersInTheirLanguageAndOnlyThose() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Actor englishStaff = TestData.staffOf(this.jdbc, unit);
		Actor quietStaff = TestData.staffOf(this.jdbc, unit);
		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		this.preferences.save(englishStaff.username(), "en", Set.of(MailTopic.DECISIONS));
		this.preferences.save(quietStaff.username(), "id", Set.of());
		Declarations.declareAndSign(this.declarations, this.pact, unit, staff);
		String unitName = this.jdbc.queryForObject("select name from work_unit where id = ?", String.class, unit);

		StageRequestView request = this.workflow.requestNextStage(unit, "Pencanangan selesai", Set.of(), staff);
		deliver();
		assertThat(subjectsTo(email(reviewer))).contains("Pengajuan tahap menunggu keputusan: " + unitName);

		this.workflow.decide(request.id(), request.version(), Outcome.RETURNED, "Lengkapi foto pencanangan", reviewer);
		deliver();

		assertThat(subjectsTo(email(staff))).containsExactly("Pengajuan dikembalikan untuk diperbaiki: " + unitName);
		assertThat(bodiesTo(email(staff))).singleElement()
			.asString()
			.contains("dengan catatan: Lengkapi foto pencanangan")
			.contains("/staf/unit/" + unit + "/tahap");
		assertThat(subjectsTo(email(englishStaff))).containsExactly("Request returned for revision: " + unitName);
		assertThat(subjectsTo(email(quietStaff))).as("declined decisions").isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from outgoing_mail where recipient_username = ? and status = 'SENT'", Integer.class,
				staff.username()))
			.isEqualTo(1);
	}

	@Test
	void aChangeThatRollsBackWritesNoEmail() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		Declarations.declareAndSign(this.declarations, this.pact, unit, staff);

		this.transactions.executeWithoutResult((status) -> {
			this.workflow.requestNextStage(unit, "Pencanangan selesai", Set.of(), staff);
			assertThat(pendingTo(reviewer)).as("written in the change's transaction").isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(pendingTo(reviewer)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from stage_request r join zi_programme p"
				+ " on p.id = r.programme_id where p.work_unit_id = ?", Integer.class, unit))
			.isZero();
	}

	@Test
	void aFailedDeliveryIsRetriedWithBackoffAndThenSucceedsAndTheAdministratorSeesIt() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		Declarations.declareAndSign(this.declarations, this.pact, unit, staff);
		this.smtp.stop();

		this.workflow.requestNextStage(unit, "Pencanangan selesai", Set.of(), staff);
		deliver();

		Long id = this.jdbc.queryForObject("select id from outgoing_mail where recipient_username = ?", Long.class,
				reviewer.username());
		assertThat(this.jdbc.queryForMap("""
				select status, attempts, last_error is not null as has_error,
				       next_attempt_at > now() + interval '50 seconds' as waits
				from outgoing_mail where id = ?""", id)).containsEntry("status", "PENDING")
			.containsEntry("attempts", 1)
			.containsEntry("has_error", true)
			.containsEntry("waits", true);
		deliver();
		assertThat(this.jdbc.queryForObject("select attempts from outgoing_mail where id = ?", Integer.class, id))
			.as("not tried again before its time")
			.isEqualTo(1);

		Cookie admin = Sessions.logIn(this.mvc, "admin");
		String page = this.mvc.perform(get("/admin/surat?status=PENDING").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(page);
		assertThat(page).contains("Gagal (1 kali)").contains(email(reviewer)).contains("Kirim ulang sekarang");

		this.smtp = MailServer.create();
		this.smtp.start();
		MockHttpServletResponse retried = this.mvc
			.perform(post("/admin/surat/" + id + "/kirim-ulang").with(csrf()).cookie(admin))
			.andReturn()
			.getResponse();
		assertThat(retried.getStatus()).isEqualTo(302);
		deliver();

		assertThat(subjectsTo(email(reviewer))).hasSize(1);
		assertThat(this.jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, id))
			.isEqualTo("SENT");
		assertThat(this.mvc.perform(post("/admin/surat/" + id + "/kirim-ulang").with(csrf()).cookie(admin))
			.andReturn()
			.getResponse()
			.getStatus()).as("a sent e-mail is not sent twice").isEqualTo(400);
	}

	@Test
	void manyDeliverersAtOnceSendEachEmailOnce() throws Exception {
		List<Actor> reviewers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			reviewers.add(TestData.reviewerOf(this.jdbc, "BPS"));
		}
		for (int i = 0; i < 6; i++) {
			long unit = TestData.newWorkUnit(this.jdbc, "BPS");
			Actor staff = TestData.staffOf(this.jdbc, unit);
			Declarations.declareAndSign(this.declarations, this.pact, unit, staff);
			this.workflow.requestNextStage(unit, "Pencanangan selesai", Set.of(), staff);
		}

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> deliverers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				deliverers.add(this.delivery::deliverDue);
			}
			for (Future<Integer> done : pool.invokeAll(deliverers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		awaitDelivered();

		for (Actor reviewer : reviewers) {
			assertThat(subjectsTo(email(reviewer))).as("six requests, six e-mails to " + reviewer.username())
				.hasSize(6)
				.doesNotHaveDuplicates();
		}
	}

	@Test
	void aNewAccountGetsALinkToSetItsPasswordNeverThePassword() throws Exception {
		String username = "baru." + System.nanoTime() % 1_000_000;
		TemporaryPassword created = this.accounts.create(new NewAccount(username, "Siti Rahmawati",
				username + "@bps.go.id", Set.of(Role.TPN), Set.of(), Set.of()), TestData.admin(this.jdbc));
		deliver();

		MimeMessage[] received = to(username + "@bps.go.id");
		assertThat(received).hasSize(1);
		String body = GreenMailUtil.getBody(received[0]);
		assertThat(received[0].getSubject()).isEqualTo("Akun Portal Zona Integritas Anda");
		assertThat(body).contains("Yth. Siti Rahmawati,").doesNotContain(created.password());
		String link = Arrays.stream(body.split("\\s+"))
			.filter((word) -> word.contains("/atur-sandi/"))
			.findFirst()
			.orElseThrow();
		String path = link.substring(link.indexOf("/atur-sandi/"));
		assertThat(this.jdbc.queryForObject("select body from outgoing_mail where recipient_username = ?", String.class,
				username))
			.as("the link is not kept once it is sent")
			.isEmpty();

		String form = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertValidHtml(form);
		assertThat(form).contains("Atur kata sandi Anda").contains(username);
		MockHttpServletResponse mismatch = this.mvc
			.perform(post(path).param("newPassword", "Zona-Integritas-2026!")
				.param("confirmation", "Zona-Integritas-2027!")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(mismatch.getContentAsString()).contains("Ulangan kata sandi tidak sama");
		MockHttpServletResponse set = this.mvc
			.perform(post(path).param("newPassword", "Zona-Integritas-2026!")
				.param("confirmation", "Zona-Integritas-2026!")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(set.getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.jdbc.queryForObject("select must_change_password from account where username = ?",
				Boolean.class, username))
			.isFalse();
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("the link works once")
			.isEqualTo(404);
	}

	@Test
	void remindersAreWrittenOnceHoweverOftenTheyRun() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		Declarations.declareAndSign(this.declarations, this.pact, unit, staff);
		StageRequestView request = this.workflow.requestNextStage(unit, "Pencanangan selesai", Set.of(), staff);
		this.jdbc.update("update stage_request set requested_at = now() - interval '9 days' where id = ?",
				request.id());
		int year = LocalDate.now(ProgrammeDates.WIB).getYear();
		this.jdbc.update("""
				insert into lke_assessment (work_unit_id, period_year, version_id, started_at, started_by)
				select ?, ?, id, now(), ? from lke_version where status = 'PUBLISHED'
				order by published_at desc, id desc limit 1""", unit, year, staff.username());
		LocalDate closing = this.jdbc.queryForObject(
				"select self_assessment_closes from programme_period where year = ?", LocalDate.class, year);

		this.reminders.remind(closing.minusDays(3));
		this.reminders.remind(closing.minusDays(2));

		assertThat(this.jdbc.queryForList("""
				select subject from outgoing_mail where recipient_username = ? and topic = 'REMINDERS'""", String.class,
				reviewer.username()))
			.as("the request waiting 9 days, once")
			.filteredOn((subject) -> subject.contains("Pengajuan menunggu 9 hari"))
			.hasSize(1);
		assertThat(this.jdbc.queryForList("""
				select subject from outgoing_mail where recipient_username = ? and topic = 'REMINDERS'""", String.class,
				staff.username()))
			.as("the self-assessment window closing, once")
			.containsExactly("Penilaian mandiri " + year + " ditutup " + closing);
	}

	private int pendingTo(Actor actor) {
		return this.jdbc.queryForObject("select count(*) from outgoing_mail where recipient_username = ?",
				Integer.class, actor.username());
	}

	private String email(Actor actor) {
		return this.jdbc.queryForObject("select email from account where username = ?", String.class, actor.username());
	}

	private MimeMessage[] to(String address) throws Exception {
		List<MimeMessage> messages = new ArrayList<>();
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address))) {
				messages.add(message);
			}
		}
		return messages.toArray(MimeMessage[]::new);
	}

	private List<String> subjectsTo(String address) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : to(address)) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

	private List<String> bodiesTo(String address) throws Exception {
		return Arrays.stream(to(address)).map(GreenMailUtil::getBody).toList();
	}

}
