package id.zonaintegritas.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.zonaintegritas.account.PortalUser;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who reads a page, as the layout's navigation needs it, worked out once per page: the
 * seventeen access expressions it replaced were each parsed and evaluated on every page
 * (9 % of a signed-in page's CPU, JFR, docs/performance.md).
 */
@Component("viewers")
public class Viewers {

	private static final Viewer ANONYMOUS = new Viewer(false, null, List.of());

	/** The reader of the page being rendered. */
	public Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		String name = (authentication.getPrincipal() instanceof PortalUser user) ? user.displayName()
				: authentication.getName();
		return new Viewer(true, name, navigation(roles));
	}

	private static List<NavItem> navigation(Set<String> roles) {
		List<NavItem> items = new ArrayList<>();
		if (roles.contains("ROLE_AGENCY_STAFF")) {
			items.add(new NavItem("/staf", "nav.staff.dashboard"));
		}
		if (roles.contains("ROLE_REVIEWER")) {
			items.add(new NavItem("/inspektorat", "nav.review.queue"));
			items.add(new NavItem("/inspektorat/lke", "nav.review.lke"));
			items.add(new NavItem("/inspektorat/tim", "nav.review.teams"));
		}
		if (roles.contains("ROLE_INSTANSI_HEAD")) {
			items.add(new NavItem("/instansi", "nav.instansi.units"));
		}
		if (roles.contains("ROLE_TPN")) {
			items.add(new NavItem("/tpn", "nav.tpn.proposals"));
		}
		if (roles.contains("ROLE_REVIEWER") || roles.contains("ROLE_ADMIN")) {
			items.add(new NavItem("/audit", "nav.audit"));
		}
		if (roles.contains("ROLE_INSTITUTION_ADMIN") && !roles.contains("ROLE_ADMIN")) {
			items.add(new NavItem("/admin/unit-kerja", "nav.admin.workUnits"));
			items.add(new NavItem("/admin/akun", "nav.admin.accounts"));
			items.add(new NavItem("/admin/impor", "import.title"));
		}
		if (roles.contains("ROLE_ADMIN")) {
			items.add(new NavItem("/admin", "nav.admin.home"));
			items.add(new NavItem("/admin/akun", "nav.admin.accounts"));
			items.add(new NavItem("/admin/instansi", "nav.admin.institutions"));
			items.add(new NavItem("/admin/unit-kerja", "nav.admin.workUnits"));
			items.add(new NavItem("/admin/lke", "nav.admin.lke"));
			items.add(new NavItem("/admin/periode", "nav.admin.periods"));
			items.add(new NavItem("/admin/singkatan", "nav.admin.abbreviations"));
			items.add(new NavItem("/admin/survei", "nav.admin.surveys"));
			items.add(new NavItem("/admin/surat", "nav.admin.mail"));
		}
		return List.copyOf(items);
	}

	/**
	 * @param signedIn whether someone is signed in
	 * @param displayName their name, when signed in
	 * @param navigation the workspaces their roles open, in the navigation's order
	 */
	public record Viewer(boolean signedIn, String displayName, List<NavItem> navigation) {
	}

	/** A link of the navigation: where it leads and the key of its label. */
	public record NavItem(String path, String label) {

		/** The reviewer's queue carries its counts. */
		public boolean isReviewQueue() {
			return "/inspektorat".equals(this.path);
		}

	}

}
