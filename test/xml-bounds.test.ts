// The service-file scanner within its 4 MB cap: linear on many small elements (every text node
// once searched to the end of the file for '&': a 2 MB csdef took 7-35 s), and bounded in depth
// (a deeply nested file within the cap held every open element: over 300 MB, then a stack walk
// per reader). Ceilings are many times what the scanner takes now, far below what it took.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_XML_BYTES, MAX_XML_DEPTH, parseXml, XmlError } from '../src/service/xml.js';
import { tempDir } from './helpers/pki.js';
import { CLI } from './helpers/run-dist.js';

const HEAD =
  '<?xml version="1.0" encoding="utf-8"?>\n<ServiceDefinition name="x" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">\n<WebRole name="Web">\n';
const TAIL = '</WebRole>\n</ServiceDefinition>\n';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

/** Runs the CLI on a file and returns its output and peak resident memory. */
function checkPeak(file: string): { stdout: string; rss: number; status: number | null } {
  const probe = path.join(dir, 'rss.cjs');
  fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS * 1024 + '\\n'));");
  const run = spawnSync(process.execPath, ['-r', probe, CLI, 'check', '--service-definition', file], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: run.stdout, status: run.status, rss: Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]) };
}

describe('XML scanner bounds', () => {
  it('a 2 MB csdef of 400,000 small elements and no & is read in one pass', () => {
    const text = HEAD + '<a/>\n'.repeat(400_000) + TAIL;
    expect(text.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const doc = parseXml(text);
    const ms = performance.now() - started;
    expect(doc.root.children[0]!.children).toHaveLength(400_000);
    expect(ms).toBeLessThan(4000); // ~0.1 s now; 7-35 s when each text node searched to the end
  });

  it('an & is still checked in every text node, after long runs without one', () => {
    const ok = HEAD + '<a/>x\n'.repeat(10_000) + '<b>a &amp; b &#x41; &lt;</b>' + TAIL;
    expect(parseXml(ok).root.children[0]!.children).toHaveLength(10_001);
    const bad = HEAD + '<a/>x\n'.repeat(10_000) + '<b>a &amp; b & c</b>' + TAIL;
    expect(() => parseXml(bad)).toThrow(/'&' not followed by an entity/);
    const entity = HEAD + '<b>&amp;</b>' + '<a/>\n'.repeat(1000) + '<c>&ent;</c>' + TAIL;
    expect(() => parseXml(entity)).toThrow(/entity reference '&ent;' refused/);
  });

  it(`nesting deeper than ${MAX_XML_DEPTH} levels is refused with a reason; ${MAX_XML_DEPTH} levels are read`, () => {
    const nested = (depth: number) => HEAD + '<a>'.repeat(depth) + '</a>'.repeat(depth) + TAIL;
    // the root and WebRole are two levels already
    expect(() => parseXml(nested(MAX_XML_DEPTH - 2))).not.toThrow();
    let err: unknown;
    try {
      parseXml(nested(MAX_XML_DEPTH));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XmlError);
    expect((err as XmlError).message).toMatch(/nested deeper than 256 levels/);
    // self-closing elements do not nest
    expect(() => parseXml(HEAD + '<a/>'.repeat(MAX_XML_DEPTH * 4) + TAIL)).not.toThrow();
  });

  it('a deeply nested csdef under the 4 MB cap is config-unreadable, in bounded memory', () => {
    const depth = 540_000;
    const file = path.join(dir, 'deep.csdef');
    fs.writeFileSync(file, HEAD + '<a>'.repeat(depth) + '</a>'.repeat(depth) + TAIL);
    expect(fs.statSync(file).size).toBeLessThan(MAX_XML_BYTES);
    const run = checkPeak(file);
    expect(run.stdout).toMatch(/config-unreadable .*deep\.csdef line 4: elements nested deeper than 256 levels/);
    expect(run.rss).toBeLessThan(200 * 1024 * 1024); // ~65 MB now, over 300 MB before
  }, 70_000);
});
