// The parts of fast-formula-parser (MIT) the file host uses; the package ships no types.
declare module 'fast-formula-parser' {
  interface Posisi {
    sheet: string;
    row: number;
    col: number;
  }
  interface Rentang {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  interface OpsiParser {
    onCell?: (ref: Posisi) => unknown;
    onRange?: (ref: Rentang) => unknown[][];
    onVariable?: (name: string, sheetName: string) => Posisi | Rentang | null;
  }
  class FormulaError extends Error {
    constructor(error: string);
    readonly error: string;
  }
  export default class FormulaParser {
    static FormulaError: typeof FormulaError;
    constructor(opsi?: OpsiParser);
    parse(rumus: string, posisi: Posisi, bolehArray?: boolean): unknown;
  }
}
