// `kubetrial cluster up|down|status`: kubetrial's kind cluster, managed explicitly.
import type { Command } from "commander";
import { Kind } from "../../cluster/kind.ts";

interface KindFlags {
  name: string;
  image?: string;
}

export function registerCluster(program: Command): void {
  const cluster = program.command("cluster").description("manage kubetrial's kind cluster (one control plane, one worker)");
  cluster.command("up").description("create the kind cluster unless it exists")
    .option("--name <name>", "kind cluster name", "kubetrial").option("--image <image>", "kind node image")
    .action(async (flags: KindFlags) => {
      const kind = new Kind();
      if ((await kind.clusters()).includes(flags.name)) process.stdout.write(`kind cluster ${flags.name} exists (context kind-${flags.name})\n`);
      else {
        await kind.create(flags.name, flags.image);
        process.stdout.write(`kind cluster ${flags.name} created (context kind-${flags.name})\n`);
      }
    });
  cluster.command("down").description("delete the kind cluster")
    .option("--name <name>", "kind cluster name", "kubetrial")
    .action(async (flags: KindFlags) => {
      await new Kind().delete(flags.name);
      process.stdout.write(`kind cluster ${flags.name} deleted\n`);
    });
  cluster.command("status").description("say whether the kind cluster exists")
    .option("--name <name>", "kind cluster name", "kubetrial")
    .action(async (flags: KindFlags) => {
      const exists = (await new Kind().clusters()).includes(flags.name);
      process.stdout.write(exists ? `kind cluster ${flags.name} exists (context kind-${flags.name})\n` : `no kind cluster named ${flags.name}\n`);
    });
}
