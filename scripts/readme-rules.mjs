// Regenerates the README's rule table from the catalog in src/rules.ts.
import * as fs from 'node:fs';

const source = fs.readFileSync('src/rules.ts', 'utf8');
// a summary is single-quoted, or double-quoted when it holds an apostrophe (prettier's choice)
const rows = [
  ...source.matchAll(/\{\s*id: '([^']+)',\s*severity: '([^']+)',\s*area: '[^']+',\s*summary:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"),?\s*\}/g),
].map(
  ([, id, severity, single, double]) =>
    `| <a id="rule-${id}"></a>\`${id}\` | ${severity} | ${(single ?? double).replace(/\\(['"])/g, '$1').replace(/\|/g, '\\|')} |`,
);
const readme = fs.readFileSync('README.md', 'utf8');
const start = readme.indexOf('|---|---|---|\n', readme.indexOf('## Rules')) + '|---|---|---|\n'.length;
const end = readme.indexOf('\n\n', start);
fs.writeFileSync('README.md', readme.slice(0, start) + rows.join('\n') + readme.slice(end));
console.log(`${rows.length} rules`);
