package id.zonaintegritas.institution;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkUnitRepository extends Repository<WorkUnit, Long> {

	long count();

	WorkUnit save(WorkUnit unit);

	Optional<WorkUnit> findById(long id);

	boolean existsBySlug(String slug);

	Optional<WorkUnit> findBySlug(String slug);

	/** Whether the unit sits, at any depth, under the other. */
	@Query(value = """
			with recursive above(id, parent_id) as (
			    select id, parent_id from work_unit where id = :unitId
			    union all
			    select w.id, w.parent_id from work_unit w join above a on w.id = a.parent_id)
			select exists (select 1 from above where parent_id = :ancestorId)
			""", nativeQuery = true)
	boolean sitsUnder(long unitId, long ancestorId);

	void flush();

	@Query("select count(u) > 0 from WorkUnit u where u.institution.id = :institutionId and lower(u.name) = lower(:name) and (:exceptId is null or u.id <> :exceptId)")
	boolean nameTakenInInstitution(long institutionId, String name, Long exceptId);

}
