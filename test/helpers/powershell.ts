// Parses PowerShell text with the tree-sitter-powershell grammar (WebAssembly, no PowerShell
// needed), so tests can prove shipped scripts are syntactically valid on a Linux machine.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parserPromise: Promise<Parser> | undefined;

async function getParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init();
    const wasm = path.join(path.dirname(require.resolve('tree-sitter-powershell/package.json')), 'tree-sitter-powershell.wasm');
    const lang = await Language.load(wasm);
    const parser = new Parser();
    parser.setLanguage(lang);
    return parser;
  })();
  return parserPromise;
}

function collectErrors(node: Node, out: string[]): void {
  if (out.length >= 20) return;
  if (node.isError || node.isMissing) {
    const where = `line ${node.startPosition.row + 1}, column ${node.startPosition.column + 1}`;
    out.push(node.isMissing ? `missing ${node.type} at ${where}` : `syntax error at ${where}: ${JSON.stringify(node.text.slice(0, 60))}`);
    return;
  }
  if (!node.hasError) return;
  for (const child of node.children) if (child) collectErrors(child, out);
}

/** Parses `text` as PowerShell; `ok` is false when the grammar finds any error or missing node. */
export async function parsePowerShell(text: string): Promise<{ ok: boolean; errors: string[] }> {
  const parser = await getParser();
  const tree = parser.parse(text);
  if (!tree) return { ok: false, errors: ['the parser returned no tree'] };
  const errors: string[] = [];
  if (tree.rootNode.hasError) {
    collectErrors(tree.rootNode, errors);
    if (errors.length === 0) errors.push('syntax error (location unknown)');
  }
  tree.delete();
  return { ok: errors.length === 0, errors };
}
