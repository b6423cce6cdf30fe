package id.zonaintegritas.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The abbreviations the directory's search understands, kept by administrators: BBPOM for
 * "balai besar pom", Sumsel for "sumatera selatan". Each is audited.
 */
@Service
public class SearchAbbreviations {

	private static final Pattern ABBREVIATION = Pattern.compile("[a-z0-9]{2,40}");

	private final JdbcClient jdbc;

	private final AdministratorCheck administrators;

	private final AuditTrail audit;

	private final Clock clock;

	SearchAbbreviations(JdbcClient jdbc, AdministratorCheck administrators, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.administrators = administrators;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Abbreviation> all(Actor admin) {
		this.administrators.requireAdministrator(admin);
		return this.jdbc.sql("select abbreviation, expansion from search_abbreviation order by abbreviation, expansion")
			.query((rs, row) -> new Abbreviation(rs.getString("abbreviation"), rs.getString("expansion")))
			.list();
	}

	/** Adds what an abbreviation stands for; adding it twice changes nothing. */
	@Transactional
	public void add(String abbreviation, String expansion, Actor admin) {
		this.administrators.requireAdministrator(admin);
		String shortName = (abbreviation != null) ? abbreviation.strip().toLowerCase(Locale.ROOT) : "";
		if (!ABBREVIATION.matcher(shortName).matches()) {
			throw new AbbreviationRejectedException("abbreviation.rule.format");
		}
		String words = Text.cleanLine(expansion);
		if (words == null) {
			throw new AbbreviationRejectedException("abbreviation.rule.expansionRequired");
		}
		String folded = Directory.fold(words);
		Text.requireAtMost(folded, 200, "abbreviation.expansion");
		this.jdbc.sql("""
				insert into search_abbreviation (abbreviation, expansion, added_by, added_at)
				values (:abbreviation, :expansion, :by, :at) on conflict do nothing
				""")
			.param("abbreviation", shortName)
			.param("expansion", folded)
			.param("by", admin.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(AuditRecord.of(admin, "SEARCH_ABBREVIATION_ADDED", "SearchAbbreviation", shortName, null,
				shortName + " → " + folded));
	}

	@Transactional
	public void remove(String abbreviation, String expansion, Actor admin) {
		this.administrators.requireAdministrator(admin);
		int removed = this.jdbc
			.sql("delete from search_abbreviation where abbreviation = :abbreviation and expansion = :expansion")
			.param("abbreviation", abbreviation)
			.param("expansion", expansion)
			.update();
		if (removed > 0) {
			this.audit.record(AuditRecord.of(admin, "SEARCH_ABBREVIATION_REMOVED", "SearchAbbreviation", abbreviation,
					null, abbreviation + " → " + expansion));
		}
	}

	/**
	 * An abbreviation and what it stands for.
	 *
	 * @param abbreviation what people type, lower case
	 * @param expansion what names contain, folded
	 */
	public record Abbreviation(String abbreviation, String expansion) {
	}

}
