package id.zonaintegritas.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.account.MailRecipients;
import id.zonaintegritas.account.MailTopic;
import id.zonaintegritas.account.Recipient;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.mail.Outbox.Letter;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.period.ProgrammePeriod;
import id.zonaintegritas.period.Window;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders, once each (their once-keys make a rerun or a second instance write nothing
 * twice): a window of the period closing within {@code portal.mail.window-reminder-days}
 * to those who still have work in it, and a request waiting longer than
 * {@code portal.mail.request-reminder-days} to the reviewers of its instansi and the
 * unit's TPI lead.
 */
@Service
public class MailReminders {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final MailRecipients recipients;

	private final InstitutionService institutions;

	private final PeriodService periods;

	private final Clock clock;

	private final int windowDays;

	private final int requestDays;

	MailReminders(JdbcClient jdbc, Outbox outbox, MailRecipients recipients, InstitutionService institutions,
			PeriodService periods, Clock clock, @Value("${portal.mail.window-reminder-days:7}") int windowDays,
			@Value("${portal.mail.request-reminder-days:5}") int requestDays) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.recipients = recipients;
		this.institutions = institutions;
		this.periods = periods;
		this.clock = clock;
		this.windowDays = windowDays;
		this.requestDays = requestDays;
	}

	@Scheduled(cron = "${portal.mail.reminder-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
	void onSchedule() {
		remind(this.periods.today());
	}

	/** Writes the reminders due on that day. */
	@Transactional
	public void remind(LocalDate today) {
		ProgrammePeriod period = this.periods.of(today.getYear()).orElse(null);
		if (period != null) {
			int year = period.year();
			closing(today, period.selfAssessment(), "SELF_ASSESSMENT", year, () -> unitsOf("""
					select s.work_unit_id from lke_standing s
					where s.period_year = :year and s.status <> 'SUBMITTED'""", year), this.recipients::staffOf,
					"/staf");
			closing(today, period.tpiEvaluation(), "TPI_EVALUATION", year, () -> unitsOf("""
					select s.work_unit_id from lke_standing s
					where s.period_year = :year and s.status = 'SUBMITTED'
					and not exists (select 1 from lhe_register l
					                where l.work_unit_id = s.work_unit_id and l.period_year = s.period_year)""", year),
					this.recipients::reviewersOf, "/inspektorat/tim");
			closing(today, period.proposal(), "PROPOSAL", year, () -> unitsOf("""
					select p.work_unit_id from programme_standing p
					where p.stage = 'PENGUSULAN' and :year = :year
					and not exists (select 1 from proposal_record r
					                where r.work_unit_id = p.work_unit_id and r.period_year = :year)""", year),
					this.recipients::headsOf, "/instansi");
			if (!unitsOf(
					"select r.work_unit_id from proposal_record r where r.period_year = :year and r.result is null",
					year)
				.isEmpty()) {
				closing(today, period.tpnEvaluation(), "TPN_EVALUATION", year, () -> List.of(0L),
						(ignored) -> this.recipients.tpn(), "/tpn");
			}
		}
		waitingRequests();
	}

	private void closing(LocalDate today, Window window, String name, int year, UnitQuery units, UnitRecipients whoOf,
			String path) {
		long daysLeft = ChronoUnit.DAYS.between(today, window.closes());
		if (!window.contains(today) || daysLeft > this.windowDays) {
			return;
		}
		Set<String> told = new LinkedHashSet<>();
		for (long unit : units.ids()) {
			for (Recipient recipient : whoOf.of(unit)) {
				if (told.add(recipient.username())) {
					this.outbox.write(recipient,
							Letter
								.of(MailTopic.REMINDERS, "windowClosing." + name, path, year, daysLeft,
										window.closes().toString())
								.once("window:" + name + ":" + year + ":" + recipient.username()));
				}
			}
		}
	}

	private void waitingRequests() {
		OffsetDateTime before = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC)
			.minusDays(this.requestDays);
		record Waiting(long requestId, long unitId, OffsetDateTime since) {
		}
		List<Waiting> waiting = this.jdbc.sql("""
				select request_id, work_unit_id, waiting_since from waiting_request where waiting_since < :before
				order by waiting_since""")
			.param("before", before)
			.query((rs, row) -> new Waiting(rs.getLong("request_id"), rs.getLong("work_unit_id"),
					rs.getObject("waiting_since", OffsetDateTime.class)))
			.list();
		int year = this.periods.today().getYear();
		for (Waiting request : waiting) {
			WorkUnitSummary unit = this.institutions.workUnit(request.unitId());
			List<Recipient> told = new ArrayList<>(this.recipients.reviewersOf(request.unitId()));
			Set<String> names = new LinkedHashSet<>();
			told.forEach((recipient) -> names.add(recipient.username()));
			List<String> leads = this.jdbc
				.sql("select username from tpi_team_lead where work_unit_id = :unit and period_year = :year")
				.param("unit", request.unitId())
				.param("year", year)
				.query(String.class)
				.list();
			this.recipients.byUsername(leads).stream().filter((lead) -> names.add(lead.username())).forEach(told::add);
			long days = ChronoUnit.DAYS.between(request.since().toInstant(), this.clock.instant());
			for (Recipient recipient : told) {
				this.outbox.write(recipient,
						Letter
							.of(MailTopic.REMINDERS, "requestWaiting", "/inspektorat/pengajuan/" + request.requestId(),
									unit.name(), days)
							.once("request:" + request.requestId() + ":" + request.since().toEpochSecond() + ":"
									+ recipient.username()));
			}
		}
	}

	private List<Long> unitsOf(String sql, int year) {
		return this.jdbc.sql(sql).param("year", year).query(Long.class).list();
	}

	@FunctionalInterface
	private interface UnitQuery {

		List<Long> ids();

	}

	@FunctionalInterface
	private interface UnitRecipients {

		List<Recipient> of(long unitId);

	}

}
