package id.zonaintegritas.declaration;

import java.util.Optional;

import id.zonaintegritas.shared.Predicate;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DeclarationRepository extends Repository<Declaration, Long> {

	Declaration save(Declaration declaration);

	Optional<Declaration> findById(long id);

	@Query("""
			select count(d) > 0 from Declaration d
			where (d.workUnitId = :workUnitId or :workUnitId member of d.coDeclaredUnitIds)
			and d.status = id.zonaintegritas.declaration.DeclarationStatus.SUBMITTED and d.targetPredicate = :target
			""")
	boolean existsSubmitted(long workUnitId, Predicate target);

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
			select d from Declaration d where (d.workUnitId = :workUnitId or :workUnitId member of d.coDeclaredUnitIds)
			and d.status = :status
			order by d.declaredOn desc nulls last, d.id desc limit 1
			""")
	Optional<Declaration> findLatestDeclaring(long workUnitId, DeclarationStatus status);

	/**
	 * The newest declaration a unit's pact is signed under: its own (draft or submitted),
	 * or a submitted one it declared with.
	 */
	@Query("""
			select d from Declaration d where d.workUnitId = :workUnitId
			or (:workUnitId member of d.coDeclaredUnitIds and d.status = id.zonaintegritas.declaration.DeclarationStatus.SUBMITTED)
			order by d.id desc limit 1
			""")
	Optional<Declaration> findNewestDeclaring(long workUnitId);

	@Query("select d from Declaration d where d.workUnitId = :workUnitId order by d.id desc limit 1")
	Optional<Declaration> findNewest(long workUnitId);

	@Query("""
			select d.id from Declaration d where d.workUnitId = :workUnitId
			or (:workUnitId member of d.coDeclaredUnitIds and d.status = id.zonaintegritas.declaration.DeclarationStatus.SUBMITTED)
			order by d.id desc limit 1
			""")
	Optional<Long> findNewestDeclaringId(long workUnitId);

}
