package id.zonaintegritas.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text's limit is declared once, as a constant marked {@link ColumnLimit}, which forms
 * and the domain use: here it is held equal to the length of the column that stores the
 * text, so that the form, the domain and the database can never disagree.
 */
@PortalIntegrationTest
class ColumnLimitsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDeclaredLimitIsTheLengthOfItsColumn() throws Exception {
		List<String> mismatches = new ArrayList<>();
		int limits = 0;
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("id.zonaintegritas")) {
			for (Field field : type.reflect().getDeclaredFields()) {
				ColumnLimit column = field.getAnnotation(ColumnLimit.class);
				if (column == null) {
					continue;
				}
				limits++;
				assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
					.as(field + " is a constant")
					.isTrue();
				field.setAccessible(true);
				int declared = field.getInt(null);
				Integer length = this.jdbc.query("""
						select character_maximum_length from information_schema.columns
						where table_schema = current_schema() and table_name = ? and column_name = ?
						""", (rs) -> rs.next() ? rs.getInt(1) : null, column.table(), column.column());
				if (length == null || length != declared) {
					mismatches.add(type.getSimpleName() + "." + field.getName() + " = " + declared + " but "
							+ column.table() + "." + column.column() + " holds " + length);
				}
			}
		}

		assertThat(limits).as("limits found").isGreaterThan(20);
		assertThat(mismatches).isEmpty();
	}

}
