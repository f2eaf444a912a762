// The action's door: read inputs, run the engine, present the report. Every decision lives in
// the engine; this file only talks to the runner.
import * as core from './toolkit.js';
import { parseInputs, unknownActionInputs } from './inputs.js';
import { selectAnnotations } from './report/annotations.js';
import { failing } from './report/findings.js';
import { guardLines } from './report/foreign.js';
import { addSecret, redact } from './report/redact.js';
import { renderSummary } from './report/summary.js';
import { execute, syncIssue, tracksIssue } from './run.js';
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
    // Log warnings are warning annotations too: they count against GitHub's cap.
    let logWarnings = 0;
    const log = {
      info: (l: string) => core.info(guardLines(redact(l))),
      warn: (l: string) => {
        logWarnings++;
        core.warning(guardLines(redact(l)));
      },
    };
    const { report, outputs } = await execute(inputs, log);
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    const failed = failing(report, inputs.failOn);
    const tracking = tracksIssue(inputs);
    // The step's own error lines (its failure sentence, a tracking issue it could not update) and
    // warnings (the log's, the issue's) take their slots first.
    const reserved = { error: (failed.length ? 1 : 0) + (tracking ? 1 : 0), warning: logWarnings + (tracking ? 1 : 0) };
    for (const a of selectAnnotations(report.findings, inputs.cwd, reserved)) {
      const props: core.AnnotationProperties = { title: a.title };
      if (a.file) props.file = a.file;
      if (a.line) props.startLine = a.line;
      if (a.severity === 'error') core.error(a.message, props);
      else if (a.severity === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(report, inputs.failOn, inputs.cwd)).write();
    core.info(`Report written to ${inputs.reportPath}`);
    const issueError = await syncIssue(report, inputs, log);
    if (failed.length)
      core.setFailed(`${failed.length} finding(s) at or above fail-on '${inputs.failOn}': ${[...new Set(failed.map((f) => f.rule))].join(', ')}`);
    if (issueError) core.setFailed(guardLines(redact(issueError)));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(guardLines(redact(err instanceof InputError ? message : `sni-ready failed: ${message}`)));
  }
}
