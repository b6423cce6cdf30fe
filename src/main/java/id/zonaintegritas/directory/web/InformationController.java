package id.zonaintegritas.directory.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages a public service has: about the programme and its stages, help for each role,
 * contact, privacy, accessibility; and robots.txt.
 */
@Controller
class InformationController {

	@GetMapping("/tentang")
	String about() {
		return "directory/info/about";
	}

	@GetMapping("/bantuan")
	String help() {
		return "directory/info/help";
	}

	@GetMapping("/kontak")
	String contact() {
		return "directory/info/contact";
	}

	@GetMapping("/privasi")
	String privacy() {
		return "directory/info/privacy";
	}

	@GetMapping("/aksesibilitas")
	String accessibility() {
		return "directory/info/accessibility";
	}

	/**
	 * Public pages may be indexed; workspaces, accounts and downloads of evidence may
	 * not.
	 */
	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.contentType(MediaType.TEXT_PLAIN)
			.body("""
					User-agent: *
					Disallow: /staf
					Disallow: /inspektorat
					Disallow: /instansi
					Disallow: /tpn
					Disallow: /admin
					Disallow: /akun
					Disallow: /audit
					Disallow: /login
					Sitemap: /sitemap.xml
					""");
	}

	/** Browsers ask for it whatever the page says: the portal's mark. */
	@GetMapping("/favicon.ico")
	String favicon() {
		return "redirect:/assets/img/logo.svg";
	}

}
