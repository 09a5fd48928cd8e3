// Builds every bundle into dist/. Each host owns one step in scripts/build/*.mjs;
// a step exports `build({ quiet })` and throws on any error, which fails the build.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const quiet = process.argv.includes('--quiet');
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'build');
const steps = (await readdir(dir)).filter((f) => f.endsWith('.mjs')).sort();
try {
  for (const step of steps) {
    const mod = await import(pathToFileURL(path.join(dir, step)).href);
    await mod.build({ quiet });
  }
} catch (err) {
  console.error(`Build gagal: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
