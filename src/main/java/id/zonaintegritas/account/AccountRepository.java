package id.zonaintegritas.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Account save(Account account);

	Optional<Account> findById(long id);

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email) and (:exceptId is null or a.id <> :exceptId)")
	boolean emailTaken(String email, Long exceptId);

	@Query("select count(a) > 0 from Account a join a.roles r where r = id.zonaintegritas.account.Role.ADMIN and a.enabled")
	boolean anAdministratorExists();

	@Query("select distinct a from Account a left join fetch a.roles order by a.username")
	List<Account> findAllWithRoles();

}
