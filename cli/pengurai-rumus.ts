// fast-formula-parser for the command, loaded on first use (xlsx/rumus-malas.ts): loading it costs a
// fifth of a second and some 15 MB at start-up. The CLI build points 'fast-formula-parser' here
// (scripts/build/20-cli.mjs); the tests take the package itself.
import { createRequire } from 'node:module';
import type Asli from 'fast-formula-parser';
import { penguraiMalas } from '../xlsx/rumus-malas';

export default penguraiMalas(() => createRequire(import.meta.url)('fast-formula-parser') as typeof Asli);
