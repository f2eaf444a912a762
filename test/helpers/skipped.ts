// vitest globalSetup: collects the suites that needTool() skipped (each worker appends a line to
// one file) and prints them in one block after the run, so a newcomer sees at the end which
// tools are missing and how to install them, instead of lines scattered through the output.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export default function setup(): () => void {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-skips-')), 'skipped.txt');
  fs.writeFileSync(log, '');
  process.env.SNI_READY_SKIP_LOG = log;
  return () => {
    const lines = [...new Set(fs.readFileSync(log, 'utf8').split('\n').filter(Boolean))].sort();
    fs.rmSync(path.dirname(log), { recursive: true, force: true });
    if (!lines.length) return;
    const block = [
      '',
      `Skipped ${lines.length} suite${lines.length === 1 ? '' : 's'} for want of a system tool (SNI_READY_REQUIRE_TOOLS=1 makes them mandatory, as CI does):`,
      ...lines.map((l) => `  - ${l}`),
      '',
    ];
    process.stdout.write(block.join('\n') + '\n');
  };
}
