import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules.js';
import { INPUT_NAMES } from '../src/inputs.js';

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const action = fs.readFileSync(new URL('../action.yml', import.meta.url), 'utf8');

describe('documentation matches the code', () => {
  it('README starts with the two newcomer commands', () => {
    const firstBlock = readme.slice(0, readme.indexOf('## '));
    expect(firstBlock).toContain('npm start');
    expect(firstBlock).toContain('npm cit');
  });
  it('every rule of the catalog has a README row with its severity and summary', () => {
    for (const r of RULES.values()) expect(readme).toContain(`\`${r.id}\` | ${r.severity} | ${r.summary}`);
  });
  it('action.yml declares every input the parser reads, each with a description and default', () => {
    for (const name of INPUT_NAMES) {
      const block = new RegExp(`\\n  ${name}:\\n    description: (['"]).+\\1\\n    required: false\\n    default: `).exec(action);
      expect(block, name).not.toBeNull();
    }
    expect(action).toContain("using: 'node24'");
  });
});
