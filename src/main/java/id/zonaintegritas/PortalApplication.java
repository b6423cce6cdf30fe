package id.zonaintegritas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Portal Zona Integritas: tracks each government unit's integrity-zone programme from the
 * public declaration (pencanangan) to the minister's designation (penetapan).
 */
@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
