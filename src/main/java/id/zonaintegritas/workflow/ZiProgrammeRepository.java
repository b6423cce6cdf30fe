package id.zonaintegritas.workflow;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ZiProgrammeRepository extends Repository<ZiProgramme, Long> {

	ZiProgramme save(ZiProgramme programme);

	void flush();

	Optional<ZiProgramme> findByWorkUnitId(long workUnitId);

	@Query("select r.programme from StageRequest r where r.id = :requestId")
	Optional<ZiProgramme> findByRequestId(long requestId);

}
