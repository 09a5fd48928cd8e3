// dist/cli.mjs: the `lapkin` command for Node. The core is bundled in; exceljs stays an ordinary
// dependency (it is CommonJS with optional requires that do not bundle cleanly as ESM).
import { build as esbuild } from 'esbuild';

export async function build({ quiet }) {
  await esbuild({
    entryPoints: ['cli/main.ts'],
    outfile: 'dist/cli.mjs',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: quiet ? 'error' : 'info',
  });
}
