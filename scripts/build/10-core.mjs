// dist/core.mjs: the engine as an ES module, exporting the spreadsheet functions by name.
import { build as esbuild } from 'esbuild';

export async function build({ quiet }) {
  await esbuild({
    entryPoints: ['core/index.ts'],
    outfile: 'dist/core.mjs',
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    logLevel: quiet ? 'error' : 'info',
  });
}
