package id.zonaintegritas.institution;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface WorkUnitRepository extends Repository<WorkUnit, Long> {

	long count();

	WorkUnit save(WorkUnit unit);

	Optional<WorkUnit> findById(long id);

	boolean existsBySlug(String slug);

	void flush();

	@Query("select count(u) > 0 from WorkUnit u where u.institution.id = :institutionId and lower(u.name) = lower(:name) and (:exceptId is null or u.id <> :exceptId)")
	boolean nameTakenInInstitution(long institutionId, String name, Long exceptId);

}
