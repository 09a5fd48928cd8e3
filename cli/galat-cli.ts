// A failure the user can act on: main prints its message as one line and exits with kodeKeluar.
// Anything else that escapes is a bug, still reported as one line (never a stack trace).
export class GalatCli extends Error {
  constructor(
    message: string,
    readonly kodeKeluar = 1,
  ) {
    super(message);
    this.name = 'GalatCli';
  }
}
