// The corpus of bad inputs (test/fixtures/bad-inputs/<case>/: a scenario and its templates) and a few made here that
// git cannot hold (a named pipe, symbolic-link loops, files too big): each must be refused by validation with the
// file, line and field, and never reach a cluster. Validation runs in-process; a handful of CLI runs check exit codes.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import { execa } from "execa";
import { checkScenarioFiles } from "../../../src/scenario/load.ts";
import { MAX_PRINTED_PROBLEMS } from "../../../src/scenario/problems.ts";
import { assertValid, validateScenarioData } from "../../../src/scenario/validate.ts";
import { readYaml } from "../../../src/scenario/yaml-source.ts";

const corpus = new URL("../../fixtures/bad-inputs/", import.meta.url).pathname;

interface Expected {
  /** Relative to the case's folder. */
  file: string;
  /** Undefined where nothing tells the line (an error while Handlebars runs). */
  line?: number;
  column?: number;
  field?: string;
  message: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `…/case/file:line[:column] (field): …message…`, as validate prints it. */
function located(caseName: string, e: Expected): RegExp {
  const column = e.column !== undefined ? `:${e.column}` : "(:\\d+)?";
  const field = e.field !== undefined ? ` \\(${escape(e.field)}\\)` : "( \\([^)]*\\))?";
  const line = e.line !== undefined ? `:${e.line}${column}` : "";
  return new RegExp(`${escape(`${caseName}/${e.file}`)}${line}${field}: [^\\n]*${e.message.source}`);
}

const CASES: Record<string, Expected[]> = {
  // the sandbox
  "cluster-role-binding": [{ file: "templates/admin.yaml.hbs", line: 2, field: "kind", message: /ClusterRoleBinding is cluster-scoped.*used by scenario cluster-role-binding at .*cluster-role-binding\.yaml:6 \(templates\[1\]\.file\)/ }],
  "namespace-object": [{ file: "templates/namespace.yaml.hbs", line: 2, field: "kind", message: /Namespace is cluster-scoped/ }],
  "node-patch": [{ file: "node-patch.yaml", line: 8, field: "steps[1].patch.kind", message: /Node is cluster-scoped.*taint, untaint, label and unlabel steps/ }],
  "delete-kube-system": [{ file: "delete-kube-system.yaml", line: 8, field: "steps[1].delete.kind", message: /Namespace is cluster-scoped/ }],
  "setup-cluster-scoped": [{ file: "setup-cluster-scoped.yaml", line: 7, field: "setup[0].delete.kind", message: /ClusterRole is cluster-scoped/ }],
  "other-namespace": [{ file: "templates/pod.yaml.hbs", line: 5, field: "metadata.namespace", message: /names namespace "kube-system"/ }],
  "unknown-kind": [{ file: "templates/widget.yaml.hbs", line: 2, field: "kind", message: /unknown kind "Widget": a scenario may use only these namespaced kinds: Pod, / }],
  "foreign-api-group": [{ file: "templates/fake-pod.yaml.hbs", line: 1, field: "apiVersion", message: /apiVersion evil\.example\/v1 is not the API of Pod/ }],
  "delete-namespace-field": [{ file: "delete-namespace-field.yaml", line: 8, column: 40, field: "steps[1].delete.namespace", message: /unknown field "namespace"/ }],
  // references and duplicates
  "invalid-regex": [
    { file: "invalid-regex.yaml", line: 7, field: "steps[0].expect.event.message", message: /"\/\[\/" is not a valid regular expression/ },
    { file: "invalid-regex.yaml", line: 9, field: "never[0].status", message: /not a valid regular expression/ },
  ],
  "duplicate-names": [{ file: "b.yaml", line: 1, field: "name", message: /scenario name "same-name" is used twice/ }],
  "duplicate-ids": [{ file: "duplicate-ids.yaml", line: 1, field: "name", message: /scenario id "duplicate-ids\[restartPolicy=Always\]" is used twice/ }],
  "duplicate-step-names": [{ file: "duplicate-step-names.yaml", line: 9, field: "steps[1].name", message: /step name "web runs" is used twice/ }],
  "duplicate-objects": [{ file: "templates/pod.yaml.hbs", line: 4, field: "metadata.name", message: /a second Pod named "web"/ }],
  "apply-undeclared": [{ file: "apply-undeclared.yaml", line: 7, field: "steps[0].apply.templates[1]", message: /applies template "other\.yaml\.hbs", which the scenario does not declare/ }],
  "exec-undeclared-pod": [
    { file: "exec-undeclared-pod.yaml", line: 8, field: "steps[1].exec.pod", message: /execs into pod "coredns", which no template of the scenario declares/ },
    { file: "exec-undeclared-pod.yaml", line: 9, field: "steps[2].exec.pod", message: /execs into a pod labelled app=elsewhere/ },
  ],
  "template-outside": [{ file: "template-outside.yaml", line: 4, field: "templates[0].file", message: /is outside the templates folder/ }],
  "missing-template": [{ file: "missing-template.yaml", line: 5, field: "templates[1].file", message: /template not found/ }],
  // bytes and numbers
  "non-utf8": [{ file: "non-utf8.yaml", line: 2, column: 20, message: /not UTF-8: byte 0xff/ }],
  "infinite-number": [{ file: "infinite-number.yaml", line: 8, field: "steps[1].delete.gracePeriodSeconds", message: /1e400 is not a finite number/ }],
  "alias-bomb": [{ file: "alias-bomb.yaml", line: 7, message: /YAML aliases expand too far.*alias bomb/ }],
  "each-bomb": [{ file: "templates/pod.yaml.hbs", message: /template error: \{\{#each\}\} runs more than 100000 times; used by scenario each-bomb/ }],
  "deep-nesting": [{ file: "deep-nesting.yaml", line: 4, message: /nested more than 64 levels deep/ }],
  // locations
  "missing-step-value": [{ file: "missing-step-value.yaml", line: 12, field: "steps[1].exec.command[1]", message: /missing template value "greeting"/ }],
  "handlebars-parse-error": [{ file: "templates/pod.yaml.hbs", line: 11, message: /Parse error on line 11:\n {4}.*\n {4}-+\^\n {4}Expecting 'OPEN_INVERSE_CHAIN'.*used by scenario handlebars-parse-error/ }],
  "unknown-field-column": [{ file: "unknown-field-column.yaml", line: 7, column: 24, field: "steps[0].expect.stauts", message: /unknown field "stauts" \(did you mean "status"\?\)/ }],
};

function validationText(paths: string[], templates: string): { text: string; errors: number; scenarios: string[] } {
  const checked = checkScenarioFiles(paths, templates);
  return { text: checked.errors.map((e) => e.message).join("\n"), errors: checked.errors.length, scenarios: checked.scenarios.map((s) => s.id) };
}

const POD_TEMPLATE = `${corpus}apply-undeclared/templates/pod.yaml.hbs`;
const good = (name: string): string => `name: ${name}\ntemplates:\n  - file: pod.yaml.hbs\n    values: {name: web}\nsteps:\n  - expect: {pod: web, status: Running}\n`;

describe("bad inputs: validation refuses each with its file, line and field", () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const { text, errors } = validationText([`${corpus}${name}`], `${corpus}${name}/templates`);
      expect(errors, text).to.be.greaterThan(0);
      for (const e of expected) expect(text).to.match(located(name, e));
    });
  }

  it("covers every case folder of the corpus", () => {
    const folders = execFileSync("ls", [corpus], { encoding: "utf8" }).split("\n").filter(Boolean).sort();
    expect(folders).to.deep.equal(Object.keys(CASES).sort());
  });
});

describe("bad inputs made on the fly: files validation must not read, or not wait for", () => {
  let dir: string;
  let templates: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "kubetrial-bad-"));
    templates = join(dir, "templates");
    mkdirSync(templates);
    copyFileSync(POD_TEMPLATE, join(templates, "pod.yaml.hbs"));
    mkdirSync(join(dir, "scenarios"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a named pipe, a symbolic-link loop and a folder cycle, and still checks the other files", function () {
    const scenarios = join(dir, "scenarios");
    writeFileSync(join(scenarios, "good.yaml"), good("good"));
    execFileSync("mkfifo", [join(scenarios, "pipe.yaml")]);
    symlinkSync("loop.yaml", join(scenarios, "loop.yaml"));
    symlinkSync(".", join(scenarios, "again")); // a folder that contains itself
    const { text, scenarios: found } = validationText([scenarios, join(dir, "missing.yaml")], templates);
    expect(text).to.match(/pipe\.yaml: cannot read: it is a named pipe|pipe\.yaml: not a scenario file: it is a named pipe/);
    expect(text).to.match(/loop\.yaml: cannot read: a loop of symbolic links/);
    expect(text).to.match(/missing\.yaml: no such file or folder/);
    expect(found).to.deep.equal(["good"]);
  });

  it("refuses a file over 256 KiB before parsing it (5 MB of `- [` lines ran out of memory)", () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "- [\n".repeat(1_250_000));
    const started = Date.now();
    const { text } = validationText([big], templates);
    expect(text).to.match(/big\.yaml: scenario file is too big: 5000000 bytes, the limit is 262144/);
    expect(Date.now() - started).to.be.lessThan(1000);
  });

  it("collects one typo repeated 6,000 times in linear time and prints the first 50 errors and a count", () => {
    const flood = join(dir, "flood.yaml");
    writeFileSync(flood, `${good("flood")}${"  - expect: {pod: web, stauts: Running}\n".repeat(6_000)}`);
    const source = readYaml(flood);
    const started = Date.now();
    const problems = validateScenarioData(source);
    // quadratic before (20,000 took 56 s, 6,000 3.4 s); about 0.4 s now
    expect(Date.now() - started).to.be.lessThan(2_500);
    expect(problems).to.have.length(6_000);
    let message = "";
    try {
      assertValid(source);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    const lines = message.split("\n");
    expect(lines).to.have.length(MAX_PRINTED_PROBLEMS + 1);
    expect(lines[0]).to.match(/flood\.yaml:7:24 \(steps\[1\]\.expect\.stauts\): unknown field "stauts"/);
    expect(lines[MAX_PRINTED_PROBLEMS]).to.equal("  … and 5950 more errors");
  });
});

describe("bad inputs on the command line: exit 2, never 3, and no request to a cluster", () => {
  let dir: string;
  let server: Server;
  let connections = 0;
  let kubeconfig: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "kubetrial-bad-cli-"));
    // a "cluster" that counts who knocks: validation must refuse before anything connects
    server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = address && typeof address === "object" ? address.port : 9;
    kubeconfig = join(dir, "kubeconfig");
    writeFileSync(kubeconfig, [
      "apiVersion: v1", "kind: Config", "current-context: kind-kubetrial",
      `clusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}", insecure-skip-tls-verify: true}}]`,
      "users: [{name: u, user: {token: not-a-token}}]",
      "contexts: [{name: kind-kubetrial, context: {cluster: c, user: u}}]", "",
    ].join("\n"));
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (args: string[]) => execa("node", ["src/cli/main.ts", ...args], {
    reject: false, timeout: 60_000, env: { KUBECONFIG: "", KUBETRIAL_ALLOW_CONTEXTS: "" },
  });

  it("`run` refuses the dangerous scenarios before it connects", async () => {
    const dangerous: [string, RegExp][] = [
      ["cluster-role-binding", /admin\.yaml\.hbs:2:\d+ \(kind\): ClusterRoleBinding is cluster-scoped/],
      ["namespace-object", /namespace\.yaml\.hbs:2:\d+ \(kind\): Namespace is cluster-scoped/],
      ["node-patch", /node-patch\.yaml:8:\d+ \(steps\[1\]\.patch\.kind\): Node is cluster-scoped/],
      ["delete-kube-system", /delete-kube-system\.yaml:8:\d+ \(steps\[1\]\.delete\.kind\): Namespace is cluster-scoped/],
    ];
    // one run for all four (one process start): their scenarios side by side, their templates in one folder
    const together = join(dir, "dangerous");
    mkdirSync(join(together, "templates"), { recursive: true });
    for (const [name] of dangerous) {
      cpSync(`${corpus}${name}/${name}.yaml`, join(together, `${name}.yaml`));
      cpSync(`${corpus}${name}/templates`, join(together, "templates"), { recursive: true });
    }
    const result = await cli(["run", together, "--templates", join(together, "templates"), "--kubeconfig", kubeconfig, "--report-dir", join(dir, "reports")]);
    expect(result.exitCode, result.stderr).to.equal(2);
    for (const [name, message] of dangerous) expect(result.stderr, name).to.match(message);
    expect(connections).to.equal(0);
  });

  it("`validate` exits 2 for a named pipe and a link loop, after checking the other files", async () => {
    const scenarios = join(dir, "scenarios");
    mkdirSync(scenarios);
    writeFileSync(join(scenarios, "good.yaml"), good("good"));
    execFileSync("mkfifo", [join(scenarios, "pipe.yaml")]);
    symlinkSync("loop.yaml", join(scenarios, "loop.yaml"));
    writeFileSync(join(scenarios, "typo.yaml"), good("typo").replace("status", "stauts"));
    const result = await cli(["validate", scenarios, "--templates", join(corpus, "apply-undeclared/templates")]);
    expect(result.exitCode, result.stderr).to.equal(2);
    expect(result.stderr).to.match(/pipe\.yaml: .*named pipe/);
    expect(result.stderr).to.match(/loop\.yaml: .*loop of symbolic links/);
    expect(result.stderr).to.match(/typo\.yaml:6:\d+ \(steps\[0\]\.expect\.stauts\)/);
    expect(result.stderr).to.contain("3 problem(s) in the scenario files");
  });

  it("`run` finds an unwritable --report-dir before it connects", async () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const result = await cli(["run", new URL("../../fixtures/scenarios/good/matrix.yaml", import.meta.url).pathname,
      "--templates", new URL("../../fixtures/templates", import.meta.url).pathname, "--kubeconfig", kubeconfig, "--report-dir", join(file, "reports")]);
    expect(result.exitCode, result.stderr).to.equal(2);
    expect(result.stderr).to.match(/--report-dir .*a-file\/reports: reports cannot be written there/);
    expect(connections).to.equal(0);
  });
});
