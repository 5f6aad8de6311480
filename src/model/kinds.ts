// The Kubernetes kinds a scenario may create, patch and delete (built-in and namespaced), and the built-in
// cluster-scoped kinds it may not. Data only: the sandbox rules (scenario/sandbox.ts) and the API calls
// (k8s/apply.ts) read the same table.

/** Namespaced built-in kinds → their preferred apiVersion. The API group (before the `/`) is part of the identity. */
export const NAMESPACED_KINDS: Readonly<Record<string, string>> = {
  Pod: "v1",
  Service: "v1",
  ConfigMap: "v1",
  Secret: "v1",
  ServiceAccount: "v1",
  PersistentVolumeClaim: "v1",
  Endpoints: "v1",
  LimitRange: "v1",
  ResourceQuota: "v1",
  ReplicationController: "v1",
  PodTemplate: "v1",
  Deployment: "apps/v1",
  ReplicaSet: "apps/v1",
  StatefulSet: "apps/v1",
  DaemonSet: "apps/v1",
  Job: "batch/v1",
  CronJob: "batch/v1",
  PodDisruptionBudget: "policy/v1",
  HorizontalPodAutoscaler: "autoscaling/v2",
  NetworkPolicy: "networking.k8s.io/v1",
  Ingress: "networking.k8s.io/v1",
  EndpointSlice: "discovery.k8s.io/v1",
  Role: "rbac.authorization.k8s.io/v1",
  RoleBinding: "rbac.authorization.k8s.io/v1",
  Lease: "coordination.k8s.io/v1",
};

/** Built-in kinds that live outside any namespace: what a scenario made of them would outlive its namespace. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  "Namespace", "Node", "PersistentVolume", "StorageClass", "VolumeAttachment", "VolumeAttributesClass", "CSIDriver", "CSINode",
  "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "APIService", "PriorityClass", "RuntimeClass", "IngressClass",
  "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
  "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "CertificateSigningRequest", "ClusterTrustBundle", "FlowSchema",
  "PriorityLevelConfiguration", "ComponentStatus", "DeviceClass", "ResourceSlice", "DeviceTaintRule", "IPAddress", "ServiceCIDR",
  "StorageVersion", "StorageVersionMigration", "TokenReview", "SubjectAccessReview", "SelfSubjectAccessReview",
  "SelfSubjectRulesReview", "SelfSubjectReview",
]);

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (core). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
