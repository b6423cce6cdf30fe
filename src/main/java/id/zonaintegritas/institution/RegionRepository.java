package id.zonaintegritas.institution;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, String> {

	Optional<Region> findById(String code);

}
