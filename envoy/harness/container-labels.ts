// Labels on every container the harness starts, so leftovers of a crashed run can be found and
// removed without touching anyone else's containers.
export const HARNESS_LABEL = 'org.portcullis.harness';
export const HARNESS_LABEL_VALUE = 'envoy-gateway';
