// A workbook the file host cannot read or write: the message (Indonesian, naming the file) is for
// the planner as it stands.
export class GalatBuku extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GalatBuku';
  }
}
