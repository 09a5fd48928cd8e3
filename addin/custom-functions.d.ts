// The few members of Excel's CustomFunctions runtime that functions.ts uses (the full typings live in
// a package of their own; these match it for what is used here).
declare namespace CustomFunctions {
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
}
