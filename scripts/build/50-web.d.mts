export function build(opsi: { quiet: boolean }): Promise<void>;
/** The source files whose code is in the page's own script (the main thread), the worker's left out. */
export function modulUtasHalaman(): Promise<string[]>;
