// dist/cli.mjs: the `lapkin` command for Node. The core is bundled in; exceljs stays an ordinary
// dependency (it is CommonJS with optional requires that do not bundle cleanly as ESM). What only
// some commands need (the Word chapter with docx and resvg, the template, SheetJS for .xls/.ods)
// goes into chunks in dist/cli-bagian/, loaded when used: hitung and periksa start without them;
// fast-formula-parser too is loaded only when a formula has to be evaluated (cli/pengurai-rumus.ts).
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';

export async function build({ quiet }) {
  await rm('dist/cli-bagian', { recursive: true, force: true });
  await esbuild({
    entryPoints: { cli: 'cli/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'cli-bagian/[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    alias: { 'fast-formula-parser': './cli/pengurai-rumus.ts' },
    logLevel: quiet ? 'error' : 'info',
  });
}
