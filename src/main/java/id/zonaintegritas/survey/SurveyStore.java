package id.zonaintegritas.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The survey rows, read. */
@Repository
class SurveyStore {

	private static final String COLUMNS = "id, work_unit_id, period_year, kind, public_code, access, population";

	private final JdbcClient jdbc;

	SurveyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Survey> byCode(String publicCode) {
		return this.jdbc.sql("select " + COLUMNS + " from survey where public_code = :code")
			.param("code", publicCode)
			.query(SurveyStore::survey)
			.optional();
	}

	Optional<Survey> byId(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from survey where id = :id")
			.param("id", id)
			.query(SurveyStore::survey)
			.optional();
	}

	List<Survey> ofUnit(long unitId, int year) {
		return this.jdbc
			.sql("select " + COLUMNS + " from survey where work_unit_id = :unit and period_year = :year"
					+ " order by kind desc")
			.param("unit", unitId)
			.param("year", year)
			.query(SurveyStore::survey)
			.list();
	}

	String counterKey(long surveyId) {
		return this.jdbc.sql("select counter_key from survey where id = :id")
			.param("id", surveyId)
			.query(String.class)
			.single();
	}

	private static Survey survey(ResultSet rs, int row) throws SQLException {
		int population = rs.getInt("population");
		return new Survey(rs.getLong("id"), rs.getLong("work_unit_id"), rs.getInt("period_year"),
				SurveyKind.valueOf(rs.getString("kind")), rs.getString("public_code"),
				Survey.Access.valueOf(rs.getString("access")), rs.wasNull() ? null : population);
	}

}
