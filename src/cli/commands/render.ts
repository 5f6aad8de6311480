// `kubetrial render`: print the manifests scenarios would apply; touches nothing.
import type { Command } from "commander";
import { stringify } from "yaml";
import { placeholderBuiltins, renderScenario } from "../../scenario/render.ts";
import { loadSelectedScenarios, selectionOptions, type SelectionFlags } from "./selection.ts";

export function registerRender(program: Command): void {
  const command = program.command("render").description("print the rendered manifests of scenarios (touches no cluster)")
    .argument("[paths...]", "scenario files or folders", ["scenarios"])
    .option("-n, --namespace <ns>", "namespace to render with", "kubetrial-namespace");
  selectionOptions(command);
  command.action((paths: string[], flags: SelectionFlags & { namespace: string }) => {
    const { scenarios, templatesDir } = loadSelectedScenarios(paths, flags);
    for (const scenario of scenarios) {
      const rendered = renderScenario(scenario, placeholderBuiltins(scenario, flags.namespace), templatesDir);
      for (const m of rendered.manifests) {
        process.stdout.write(`# scenario ${scenario.id}, template ${m.template}\n---\n${stringify({ ...m.object, metadata: { ...m.object.metadata, namespace: flags.namespace } })}`);
      }
    }
  });
}
