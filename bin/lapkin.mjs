#!/usr/bin/env node
// The `lapkin` command: runs the bundle that `npm ci` / `npm run build` writes to dist/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('lapkin: dist/cli.mjs belum dibangun. Jalankan "npm run build" lebih dulu.');
  process.exit(1);
}
await import(bundle.href);
