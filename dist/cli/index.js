#!/usr/bin/env node
// sni-ready's command line: the bundle in ../index.js, entered through its CLI door.
globalThis.sniReadyDoor = 'cli';
await import('../index.js');
