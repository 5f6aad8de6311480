// Labels and annotations by which kubetrial finds what it created (also after a crash).
export const MANAGED_BY = "app.kubernetes.io/managed-by";
export const MANAGER = "kubetrial";
export const RUN_ID_LABEL = "kubetrial.io/run-id";
export const SCENARIO_LABEL = "kubetrial.io/scenario";
/** Process that owns the namespace, `host:pid`: gc treats namespaces of processes no longer alive as leftovers. */
export const OWNER_ANNOTATION = "kubetrial.io/owner";

/** Label values must be at most 63 characters of [A-Za-z0-9._-], starting and ending alphanumeric. */
export function labelValue(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 63);
  return cleaned.replace(/^[^A-Za-z0-9]+/, "").replace(/[^A-Za-z0-9]+$/, "");
}
