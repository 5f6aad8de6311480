import { expect } from "chai";
import { kindRefusal } from "../../../src/scenario/sandbox.ts";

describe("the sandbox's kinds", () => {
  it("admits built-in namespaced kinds in their own API group only", () => {
    expect(kindRefusal("Deployment", "apps/v1")).to.equal(undefined);
    expect(kindRefusal("HorizontalPodAutoscaler", "autoscaling/v1")).to.equal(undefined);
    expect(kindRefusal("Deployment", "v1")?.path).to.deep.equal(["apiVersion"]);
    expect(kindRefusal("StorageClass", "storage.k8s.io/v1")?.message).to.match(/cluster-scoped/);
    expect(kindRefusal("constructor")?.message, "no prototype keys").to.match(/unknown kind "constructor"/);
  });
});
