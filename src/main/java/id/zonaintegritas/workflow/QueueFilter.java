package id.zonaintegritas.workflow;

import org.springframework.web.bind.annotation.BindParam;

/**
 * Narrows a reviewer's queue, bound from the address; every part is optional.
 *
 * @param institutionId only this instansi (one of the reviewer's)
 * @param fromStage only requests leaving this stage
 * @param provinceCode only units in this province
 */
public record QueueFilter(@BindParam("instansi") Long institutionId, @BindParam("tahap") Stage fromStage,
		@BindParam("provinsi") String provinceCode) {

	/** The whole queue. */
	public static QueueFilter none() {
		return new QueueFilter(null, null, null);
	}

}
