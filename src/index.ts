// The one bundle behind both doors. GitHub runs `node dist/index.js` (the action); the CLI's
// bin, dist/cli/index.js, is a two-line shim that marks the CLI door and imports this file.
// Each door loads only its own modules (the CLI never loads @actions/core).
const door = (globalThis as { sniReadyDoor?: string }).sniReadyDoor;
if (door === 'cli') {
  const { cli } = await import('./cli.js');
  process.exitCode = await cli(process.argv.slice(2));
} else {
  const { run } = await import('./main.js');
  await run();
}
