package id.zonaintegritas.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence checklists: not part of the regulation, each institution keeps its own list of
 * the documents it expects for each question of a version. Its administrator edits it;
 * its units see it beside each question and tick what they have.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

	/** The most items one question's list holds. */
	public static final int MAX_ITEMS = 20;

	private final JdbcClient jdbc;

	private final InstrumentService instruments;

	private final AdministratorCheck administrators;

	private final AuditTrail audit;

	ChecklistService(JdbcClient jdbc, InstrumentService instruments, AdministratorCheck administrators,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.administrators = administrators;
		this.audit = audit;
	}

	/** The institution's checklist for a version, by question code; one query. */
	public Map<String, List<ChecklistItem>> checklist(long institutionId, long versionId) {
		Map<String, List<ChecklistItem>> items = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.id, q.code, c.position, c.text from lke_checklist_item c
				join lke_question q on q.id = c.question_id
				where c.institution_id = :institution and q.version_id = :version
				order by q.id, c.position
				""").param("institution", institutionId).param("version", versionId).query((rs, row) -> {
			ChecklistItem item = new ChecklistItem(rs.getLong("id"), rs.getString("code"), rs.getInt("position"),
					rs.getString("text"));
			items.computeIfAbsent(item.questionCode(), (code) -> new ArrayList<>()).add(item);
			return item;
		}).list();
		return items;
	}

	/**
	 * Replaces the lists of an area's questions, item by item: an item keeps its place
	 * (and the ticks units gave it) when its text is edited; blank lines are dropped.
	 */
	@Transactional
	public void replace(long institutionId, long versionId, String areaCode, Map<String, List<String>> lists,
			Actor admin) {
		this.administrators.requireAdministrator(admin);
		LkeVersion version = this.instruments.version(versionId);
		LkeArea area = version.area(areaCode)
			.orElseThrow(() -> new AssessmentRuleException(AssessmentRuleException.Reason.UNKNOWN_AREA, areaCode));
		int changed = 0;
		for (LkeSubArea subArea : area.subAreas()) {
			for (LkeQuestion question : subArea.questions()) {
				List<String> items = lists.getOrDefault(question.code(), List.of())
					.stream()
					.map(Text::cleanLine)
					.filter((text) -> text != null)
					.limit(MAX_ITEMS)
					.toList();
				items.forEach((text) -> Text.requireAtMost(text, ChecklistItem.TEXT_LENGTH, "lke.checklist.item"));
				changed += store(institutionId, question.id(), items);
			}
		}
		this.audit.record(AuditRecord.worded(admin, "LKE_CHECKLIST_CHANGED", "Institution", institutionId, null,
				version.name(), areaCode, changed));
	}

	private int store(long institutionId, long questionId, List<String> items) {
		int changed = this.jdbc
			.sql("delete from lke_checklist_item where institution_id = :institution and question_id = :question"
					+ " and position > :count")
			.param("institution", institutionId)
			.param("question", questionId)
			.param("count", items.size())
			.update();
		for (int i = 0; i < items.size(); i++) {
			changed += this.jdbc.sql("""
					insert into lke_checklist_item (institution_id, question_id, position, text)
					values (:institution, :question, :position, :text)
					on conflict (institution_id, question_id, position) do update set text = excluded.text
					where lke_checklist_item.text <> excluded.text
					""")
				.param("institution", institutionId)
				.param("question", questionId)
				.param("position", i + 1)
				.param("text", items.get(i))
				.update();
		}
		return changed;
	}

}
