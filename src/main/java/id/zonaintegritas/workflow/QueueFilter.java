package id.zonaintegritas.workflow;

/**
 * Narrows a reviewer's queue; every part is optional.
 *
 * @param institutionId only this instansi (one of the reviewer's)
 * @param fromStage only requests leaving this stage
 * @param provinceCode only units in this province
 */
public record QueueFilter(Long institutionId, Stage fromStage, String provinceCode) {
}
