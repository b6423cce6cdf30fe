package id.zonaintegritas.declaration;

import java.util.Optional;

import id.zonaintegritas.shared.Predicate;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DeclarationRepository extends Repository<Declaration, Long> {

	Declaration save(Declaration declaration);

	Optional<Declaration> findById(long id);

	/**
	 * The ids of a unit's declarations, its own and those it declared with. A unit's
	 * declarations are looked up as these two sets, each through its index: asked as
	 * "declared by the unit or with it" PostgreSQL read every declaration there is (1 ms
	 * of each unit page at 10,000 units, and growing with them).
	 */
	String DECLARING = """
			select o.id from declaration o where o.work_unit_id = :workUnitId
			union all
			select t.declaration_id from declaration_unit t where t.work_unit_id = :workUnitId
			""";

	/** The same, of the declarations it declared with only those submitted. */
	String SIGNING_UNDER = """
			select o.id from declaration o where o.work_unit_id = :workUnitId
			union all
			select t.declaration_id from declaration_unit t join declaration s on s.id = t.declaration_id
			where t.work_unit_id = :workUnitId and s.status = 'SUBMITTED'
			""";

	default boolean existsSubmitted(long workUnitId, Predicate target) {
		return existsSubmitted(workUnitId, target.name());
	}

	@Query(nativeQuery = true, value = "select exists (select 1 from declaration d where d.id in (" + DECLARING
			+ ") and d.status = 'SUBMITTED' and d.target_predicate = :target)")
	boolean existsSubmitted(long workUnitId, String target);

	void flush();

	@Query("""
			select d from Declaration d where d.workUnitId = :workUnitId and d.status = :status
			order by d.declaredOn desc nulls last, d.id desc limit 1
			""")
	Optional<Declaration> findLatest(long workUnitId, DeclarationStatus status);

	/**
	 * The unit's latest declaration in this status, its own or one it declared with.
	 */
	@Query("""
			select d from Declaration d where d.status = id.zonaintegritas.declaration.DeclarationStatus.SUBMITTED
			and d.id in (select o.id from Declaration o where o.workUnitId = :workUnitId
			union all
			select c.id from Declaration c join c.coDeclaredUnitIds u where u = :workUnitId)
			order by d.declaredOn desc nulls last, d.id desc limit 1
			""")
	Optional<Declaration> findLatestSubmittedDeclaring(long workUnitId);

	/**
	 * The newest declaration a unit's pact is signed under: its own (draft or submitted),
	 * or a submitted one it declared with.
	 */
	@Query("""
			select d from Declaration d where d.id in (select o.id from Declaration o where o.workUnitId = :workUnitId
			union all
			select c.id from Declaration c join c.coDeclaredUnitIds u
			where u = :workUnitId and c.status = id.zonaintegritas.declaration.DeclarationStatus.SUBMITTED)
			order by d.id desc limit 1
			""")
	Optional<Declaration> findNewestDeclaring(long workUnitId);

	@Query("select d from Declaration d where d.workUnitId = :workUnitId order by d.id desc limit 1")
	Optional<Declaration> findNewest(long workUnitId);

	@Query(nativeQuery = true, value = "select max(id) from (" + SIGNING_UNDER + ") d")
	Optional<Long> findNewestDeclaringId(long workUnitId);

}
