// fast-formula-parser for the page's worker, run on first use (xlsx/rumus-malas.ts): running its module
// was a fifth of the worker's start-up, which a file dropped as the page opens waits for. The web build
// points 'fast-formula-parser' here (scripts/build/50-web.mjs); its code stays in the bundle, wrapped
// by the bundler so that it runs when first required.
import type Asli from 'fast-formula-parser';
import { penguraiMalas } from '../xlsx/rumus-malas';

// a require the bundler resolves at build time (an import would run the module at start-up)
// eslint-disable-next-line @typescript-eslint/no-require-imports
export default penguraiMalas(() => require('fast-formula-parser') as typeof Asli);
