// The convention for suites that need a system tool: a missing tool skips with one line naming
// it and its install command (and lands in the end-of-run block), or fails under
// SNI_READY_REQUIRE_TOOLS=1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOOL_SPECS, findTool, needTool } from './helpers/tools.js';
import { tempDir } from './helpers/pki.js';

const saved = { require: process.env.SNI_READY_REQUIRE_TOOLS, log: process.env.SNI_READY_SKIP_LOG };
afterEach(() => {
  for (const [k, v] of [
    ['SNI_READY_REQUIRE_TOOLS', saved.require],
    ['SNI_READY_SKIP_LOG', saved.log],
  ] as const)
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  vi.restoreAllMocks();
});

describe('needTool', () => {
  it('skips a missing tool with its install command, and records it for the end-of-run block', () => {
    TOOL_SPECS['sni-ready-no-such-tool'] = { paths: ['/nonexistent/sni-ready-no-such-tool'], install: 'apt-get install nothing-here' };
    delete process.env.SNI_READY_REQUIRE_TOOLS;
    const log = path.join(tempDir(), 'skips.txt');
    process.env.SNI_READY_SKIP_LOG = log;
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(needTool('sni-ready-no-such-tool', 'a suite')).toBeUndefined();
    const line = 'a suite: needs sni-ready-no-such-tool, which is not installed — install it with: apt-get install nothing-here';
    expect(err).toHaveBeenCalledWith(`skipped: ${line}\n`);
    expect(fs.readFileSync(log, 'utf8')).toBe(`${line}\n`);
  });

  it('fails instead when SNI_READY_REQUIRE_TOOLS=1', () => {
    process.env.SNI_READY_REQUIRE_TOOLS = '1';
    expect(() => needTool('sni-ready-no-such-tool', 'a suite')).toThrow(/a suite: needs sni-ready-no-such-tool.*SNI_READY_REQUIRE_TOOLS=1 makes it mandatory/);
  });

  it('finds a tool only when it is an executable file (a non-executable file is missing)', () => {
    const dir = tempDir();
    const plain = path.join(dir, 'plain');
    const exe = path.join(dir, 'exe');
    fs.writeFileSync(plain, '');
    fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
    TOOL_SPECS['sni-ready-plain'] = { paths: [plain], install: '-' };
    TOOL_SPECS['sni-ready-exe'] = { paths: [exe], install: '-' };
    expect(findTool('sni-ready-plain')).toBeUndefined();
    expect(findTool('sni-ready-exe')).toBe(exe);
    expect(findTool('sh')).toMatch(/\/sh$/);
  });
});
