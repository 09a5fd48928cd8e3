// fast-formula-parser's class with its module run on first use: only a workbook with formulas lacking
// a cached result needs it, and running it (it builds its grammar) is a large part of a host's start.
// Each file host's build points 'fast-formula-parser' at its own loader (cli/pengurai-rumus.ts,
// web/pengurai-rumus.ts), which hands this the way to load the package there.
import type Asli from 'fast-formula-parser';

/** A stand-in for the library's class that loads it through `muat` the first time it is used. */
export function penguraiMalas(muat: () => typeof Asli) {
  let kelas: typeof Asli | undefined;
  const ambil = (): typeof Asli => (kelas ??= muat());
  return class FormulaParser {
    static get FormulaError(): typeof Asli.FormulaError {
      return ambil().FormulaError;
    }

    constructor(opsi?: ConstructorParameters<typeof Asli>[0]) {
      return new (ambil())(opsi);
    }
  };
}
