// fast-formula-parser for the command, loaded on first use: only a workbook with formulas lacking a
// cached result needs it, and loading it costs a fifth of a second and some 15 MB at start-up. The
// CLI build points 'fast-formula-parser' here (scripts/build/20-cli.mjs); the web page and the tests
// take the package itself.
import { createRequire } from 'node:module';
import type Asli from 'fast-formula-parser';

let kelas: typeof Asli | undefined;
const muat = (): typeof Asli => (kelas ??= createRequire(import.meta.url)('fast-formula-parser') as typeof Asli);

export default class FormulaParser {
  static get FormulaError(): typeof Asli.FormulaError {
    return muat().FormulaError;
  }

  constructor(opsi?: ConstructorParameters<typeof Asli>[0]) {
    return new (muat())(opsi);
  }
}
