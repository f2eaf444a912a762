// The action's door: read inputs, run the engine, present the report. Every decision lives in
// the engine; this file only talks to the runner.
import * as core from './toolkit.js';
import { displayPath } from './files.js';
import { parseInputs, unknownActionInputs } from './inputs.js';
import { failing } from './report/findings.js';
import { guardLines } from './report/foreign.js';
import { addSecret, redact } from './report/redact.js';
import { renderSummary } from './report/summary.js';
import { execute } from './run.js';
import { InputError, type Inputs } from './types.js';

/**
 * The action's entry point, `run()` by the convention of actions/typescript-action, so that
 * `npx @github/local-action run . src/main.ts .env.example` runs it as GitHub would.
 */
export async function run(): Promise<void> {
  try {
    const password = core.getInput('password');
    if (password) core.setSecret(password);
    addSecret(password);
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    // A misspelled input (site: for sites:) would otherwise be ignored without a word.
    const unknown = unknownActionInputs(process.env);
    if (unknown.length)
      throw new InputError(
        `${unknown.map((u) => `'${u.name}' is not an input of sni-ready${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`).join('; ')}; its inputs are listed in action.yml and the README`,
      );
    const inputs: Inputs = parseInputs((name) => core.getInput(name), process.env, process.env.GITHUB_WORKSPACE || process.cwd());
    for (const s of inputs.sites) {
      if (s.password) {
        core.setSecret(s.password);
        addSecret(s.password);
      }
    }
    // core.info writes the line as it is: no line of it may start a workflow command (foreign.ts).
    const log = { info: (l: string) => core.info(guardLines(redact(l))), warn: (l: string) => core.warning(guardLines(redact(l))) };
    const { report, outputs } = await execute(inputs, log);
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    for (const f of report.findings) {
      const props: core.AnnotationProperties = { title: `${f.rule}${f.host ? ` (${f.host})` : ''}` };
      if (f.file && !f.file.startsWith('keyvault:')) props.file = displayPath(f.file, inputs.cwd); // a vault is no file of the repository
      if (f.line) props.startLine = f.line;
      const text = f.fix ? `${f.message} Fix: ${f.fix}` : f.message;
      if (f.severity === 'error') core.error(text, props);
      else if (f.severity === 'warning') core.warning(text, props);
      else core.notice(text, props);
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report, inputs.failOn, inputs.cwd)).write();
    core.info(`Report written to ${inputs.reportPath}`);
    const failed = failing(report, inputs.failOn);
    if (failed.length)
      core.setFailed(`${failed.length} finding(s) at or above fail-on '${inputs.failOn}': ${[...new Set(failed.map((f) => f.rule))].join(', ')}`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(guardLines(redact(err instanceof InputError ? message : `sni-ready failed: ${message}`)));
  }
}
