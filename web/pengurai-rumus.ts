// fast-formula-parser for the page's worker, run on first use: only a workbook with formulas lacking a
// cached result needs it, and running the library's module (it builds its grammar) was a fifth of the
// worker's start-up, which a file dropped as the page opens waits for. The web build points
// 'fast-formula-parser' here (scripts/build/50-web.mjs); its code stays in the bundle, wrapped by the
// bundler so that it runs when first required. The command does the same in cli/pengurai-rumus.ts.
import type Asli from 'fast-formula-parser';

let kelas: typeof Asli | undefined;
// a require the bundler resolves at build time (an import would run the module at start-up)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const muat = (): typeof Asli => (kelas ??= require('fast-formula-parser') as typeof Asli);

export default class FormulaParser {
  static get FormulaError(): typeof Asli.FormulaError {
    return muat().FormulaError;
  }

  constructor(opsi?: ConstructorParameters<typeof Asli>[0]) {
    return new (muat())(opsi);
  }
}
