// An in-memory workbook behind the part of the Office JS Excel API the add-in uses.
// Honest about the things the tests measure and the mistakes they must catch:
// - commands are queued and run only at context.sync() (every sync that reaches the host is counted,
//   including the one Excel.run makes for commands left at the end of the batch);
// - loaded properties go through office-addin-mock's OfficeMockObject, so reading one that was not
//   loaded, or before the sync, throws as the real API does;
// - any member the real API lacks (or this fake does not model) throws; test/addin/fake-excel.test.ts
//   checks every member modelled here against the Excel declarations of @types/office-js;
// - cells keep their values, formulas, formats and fills; shape mismatches and duplicate sheet
//   names fail the sync with the real API's error codes.
import { OfficeMockObject } from 'office-addin-mock';

export interface CellState {
  value: number | string | boolean;
  formula?: string;
  numberFormat: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  hAlign?: string;
  wrap?: boolean;
  border?: boolean;
  list?: string;
  listAlert?: { showAlert: boolean; style: string; title: string; message: string };
}

export interface CommentState {
  row: number;
  col: number;
  content: string;
  replies: string[];
}

export interface SeriesState {
  name: string;
  /** Range address of the values and of the categories (x axis). */
  values?: string;
  categories?: string;
  /** The series' own type in a combination chart ('Line' for the 100 % line). */
  chartType?: string;
  fill?: string;
  lineColor?: string;
  lineStyle?: string;
}

export interface ChartState {
  type: string;
  source: string;
  title: string;
  /** series[0] is made by charts.add from its source range; more by series.add. */
  series: SeriesState[];
  plotVisibleOnly: boolean;
  legendPosition?: string;
  position?: string;
}

export class SheetState {
  cells = new Map<string, CellState>();
  props = new Map<string, string>();
  comments: CommentState[] = [];
  merges: string[] = [];
  widths = new Map<number, number>();
  frozenRows = 0;
  charts: ChartState[] = [];
  hiddenColumns = new Set<number>();
  visibility = 'Visible';
  /** 0-based rows and columns hidden in the sheet (rowHidden / columnHidden). */
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  constructor(public name: string) {}

  cell(r: number, c: number): CellState | undefined {
    return this.cells.get(`${r},${c}`);
  }

  edit(r: number, c: number): CellState {
    let cell = this.cells.get(`${r},${c}`);
    if (!cell) {
      cell = { value: '', numberFormat: 'General' };
      this.cells.set(`${r},${c}`, cell);
    }
    return cell;
  }

  /** Bounding box of cells that hold a value (or any state when valuesOnly is false). */
  used(valuesOnly: boolean): Box {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && !cell.formula) continue;
      const [r, c] = key.split(',').map(Number);
      r0 = Math.min(r0, r!);
      c0 = Math.min(c0, c!);
      r1 = Math.max(r1, r!);
      c1 = Math.max(c1, c!);
    }
    return r1 < 0 ? { r0: 0, c0: 0, rows: 1, cols: 1 } : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }
}

export interface Box {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export class FakeOfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---- A1 addresses (0-based boxes) ----

export function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function colIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** 'C7', 'A1:C5', 'A:B', '3:4', optionally behind "Sheet!" (the sheet part is returned apart). */
export function parseAddress(address: string): { sheet?: string; box: Box } {
  const bang = address.lastIndexOf('!');
  const sheet =
    bang < 0
      ? undefined
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
  const ref = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, '').trim().toUpperCase();
  const parts = ref.split(':');
  if (parts.length > 2) throw new FakeOfficeError('InvalidArgument', `Invalid address: ${address}`);
  const ends = parts.map((p) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `Invalid address: ${address}`);
    return { c: m[1] ? colIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) - 1 : undefined };
  });
  const a = ends[0];
  const b = ends[1] ?? a;
  const r0 = a!.r ?? 0,
    c0 = a!.c ?? 0;
  const r1 = b!.r ?? (a!.r === undefined ? MAX_ROWS - 1 : r0);
  const c1 = b!.c ?? (a!.c === undefined ? MAX_COLS - 1 : c0);
  return { sheet, box: { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } };
}

export function boxAddress(box: Box): string {
  const tl = `${letters(box.c0)}${box.r0 + 1}`;
  if (box.rows === 1 && box.cols === 1) return tl;
  return `${tl}:${letters(box.c0 + box.cols - 1)}${box.r0 + box.rows}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---- the queue and the strict proxies ----

class Context {
  queue: (() => void)[] = [];
  loaded: OfficeMockObject[] = [];
  constructor(readonly _book: FakeWorkbook) {}

  async sync(): Promise<void> {
    this._book.syncs++;
    this._book.commands += this.queue.length;
    const ops = this.queue;
    const mocks = this.loaded;
    this.queue = [];
    this.loaded = [];
    for (const op of ops) op();
    // objects made while the commands ran (collection items) are loaded in this same round trip
    mocks.push(...this.loaded.splice(0));
    for (const m of mocks) await m.sync();
  }

  /** Commands queued while a command runs (collection items) run at once, in the same sync. */
  runQueued(): void {
    for (const op of this.queue.splice(0)) op();
  }
}

const NOT_LOADED = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

/** Wraps an API object so that touching a member it does not have throws, as a missing method would. */
function strict<T extends object>(cls: string, obj: T): T {
  return new Proxy(obj, {
    get(target, key, receiver) {
      if (typeof key === 'symbol' || key.startsWith('_') || key in target) return Reflect.get(target, key, receiver);
      if (key === 'then' || key === 'toJSON' || key === 'constructor') return undefined;
      throw new TypeError(`Excel.${cls} has no member "${key}" (not in the Excel API or not modelled)`);
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string' && !key.startsWith('_') && !(key in target)) {
        throw new TypeError(`Excel.${cls} has no settable member "${key}"`);
      }
      return Reflect.set(target, key, value, receiver);
    },
  });
}

/** Base of every API object: binds to its state when its creating command runs, loads through a mock. */
abstract class ApiObject<S> {
  protected _state?: S;
  protected _null = false;
  protected _mock: OfficeMockObject;

  constructor(
    protected _ctx: Context,
    bind: () => S | undefined,
    loadable: readonly string[],
  ) {
    this._mock = new OfficeMockObject(Object.fromEntries(loadable.map((p) => [p, undefined])), 'excel' as never);
    _ctx.queue.push(() => {
      const s = bind();
      if (s === undefined) this._null = true;
      else this._state = s;
    });
  }

  protected get _s(): S {
    if (this._state === undefined) {
      throw new FakeOfficeError('InvalidObjectPath', 'The object was not found (null object or not yet synced).');
    }
    return this._state;
  }

  /** Runs f at sync, in command order. */
  protected _later(f: (s: S) => void): void {
    this._ctx.queue.push(() => f(this._s));
  }

  protected abstract _read(prop: string): unknown;

  protected _loadProps(asked: string[]): void {
    // isNullObject can be read after any load of the object, as in the real API
    const props = [...new Set([...asked, 'isNullObject'])];
    this._ctx.queue.push(() => {
      for (const p of props) {
        // setValue is public in office-addin-mock's documentation; its .d.ts marks it private
        const v = p === 'isNullObject' ? this._null : this._null ? null : this._read(p);
        this._mock['setValue'](p, v as never);
        this._mock.load(p);
      }
    });
    for (const p of props) this._mock.load(p); // throws at once for a property the object does not have
    this._ctx.loaded.push(this._mock);
  }

  protected _get(prop: string): never {
    const v = (this._mock as unknown as Record<string, unknown>)[prop];
    if (typeof v === 'string' && NOT_LOADED.has(v)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return v as never;
  }

  get isNullObject(): boolean {
    return this._get('isNullObject');
  }
}

function splitLoad(arg: string | string[] | undefined, all: readonly string[]): string[] {
  if (arg === undefined) return [...all];
  const list = Array.isArray(arg) ? arg : arg.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

// ---- workbook ----

export class FakeWorkbook {
  sheets: SheetState[] = [];
  active?: SheetState;
  selection?: { sheet: string; address: string };
  syncs = 0;
  /** Commands sent to Excel across all syncs (each queued call is one). */
  commands = 0;
  private contexts = 0;

  constructor(names: readonly string[] = ['Sheet1']) {
    for (const n of names) this.sheets.push(new SheetState(n));
    this.active = this.sheets[0];
  }

  sheet(name: string): SheetState {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  find(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Puts values into a sheet from a top-left address (test setup; no sync counted). */
  put(name: string, topLeft: string, rows: readonly (readonly unknown[])[]): void {
    const s = this.find(name) ?? this.addSheet(name);
    const { box } = parseAddress(topLeft);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v !== '')) s.edit(box.r0 + r, box.c0 + c).value = v;
      }),
    );
  }

  /** Value, formula and formats of one cell as a plain object (tests). */
  at(name: string, address: string): CellState | undefined {
    const { box } = parseAddress(address);
    return this.sheet(name).cell(box.r0, box.c0);
  }

  /** The values of a sheet's used range, '' for blanks (tests). */
  grid(name: string): (number | string | boolean)[][] {
    const s = this.sheet(name);
    const b = s.used(false);
    return Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => s.cell(b.r0 + r, b.c0 + c)?.value ?? ''));
  }

  addSheet(name: string): SheetState {
    const s = new SheetState(name);
    this.sheets.push(s);
    return s;
  }

  /** Stand-in for Excel.run: a fresh context, the batch, and the final sync of what is left. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.contexts++;
    const ctx = new Context(this);
    const api = strict('RequestContext', new RequestContextApi(ctx));
    const result = await batch(api as unknown as Excel.RequestContext);
    if (ctx.queue.length) await ctx.sync();
    return result;
  };

  /** The global `Excel` namespace as far as the add-in uses it. */
  get namespace(): { run: FakeWorkbook['run'] } {
    return { run: this.run };
  }
}

class RequestContextApi {
  readonly workbook: WorkbookApi;
  constructor(private _ctx: Context) {
    this.workbook = strict('Workbook', new WorkbookApi(_ctx));
  }
  sync(): Promise<void> {
    return this._ctx.sync();
  }
}

class WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  constructor(ctx: Context) {
    this.worksheets = strict('WorksheetCollection', new WorksheetCollectionApi(ctx));
  }
}

function worksheet(ctx: Context, bind: () => SheetState | undefined): WorksheetApi {
  return strict('Worksheet', new WorksheetApi(ctx, bind));
}

const WORKSHEET_PROPS = ['name', 'position', 'visibility', 'isNullObject'] as const;

class WorksheetCollectionApi {
  private _items?: WorksheetApi[];
  constructor(private _ctx: Context) {}
  private get _book(): FakeWorkbook {
    return this._ctx._book;
  }

  get items(): WorksheetApi[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items;
  }

  load(arg?: string | string[]): this {
    const props = splitLoad(arg, ['items/name']).map((p) => p.replace(/^items\//, ''));
    this._ctx.queue.push(() => {
      this._items = this._book.sheets.map((s) => {
        const ws = worksheet(this._ctx, () => s);
        ws.load(props);
        return ws;
      });
      this._ctx.runQueued();
    });
    return this;
  }

  getItem(key: string): WorksheetApi {
    return worksheet(this._ctx, () => {
      const s = this._book.find(key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${key}`);
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return worksheet(this._ctx, () => this._book.find(key));
  }

  getActiveWorksheet(): WorksheetApi {
    return worksheet(this._ctx, () => this._book.active);
  }

  add(name?: string): WorksheetApi {
    return worksheet(this._ctx, () => {
      const n = name ?? `Sheet${this._book.sheets.length + 1}`;
      if (this._book.find(n)) {
        throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
      }
      if (n.length > 31 || /[[\]:*?/\\]/.test(n)) throw new FakeOfficeError('InvalidArgument', `Bad sheet name ${n}`);
      return this._book.addSheet(n);
    });
  }
}

class WorksheetApi extends ApiObject<SheetState> {
  readonly customProperties: CustomPropertyCollectionApi;
  readonly comments: CommentCollectionApi;
  readonly freezePanes: FreezePanesApi;
  readonly charts: ChartCollectionApi;

  constructor(ctx: Context, bind: () => SheetState | undefined) {
    super(ctx, bind, WORKSHEET_PROPS);
    const self = () => this._s;
    this.customProperties = strict('WorksheetCustomPropertyCollection', new CustomPropertyCollectionApi(ctx, self));
    this.comments = strict('CommentCollection', new CommentCollectionApi(ctx, self));
    this.freezePanes = strict('WorksheetFreezePanes', new FreezePanesApi(ctx, self));
    this.charts = strict('ChartCollection', new ChartCollectionApi(ctx, self));
  }

  private get _book(): FakeWorkbook {
    return this._ctx._book;
  }

  protected _read(prop: string): unknown {
    const s = this._s;
    if (prop === 'name') return s.name;
    if (prop === 'position') return this._book.sheets.indexOf(s);
    if (prop === 'visibility') return s.visibility;
    throw new Error(prop);
  }

  load(arg?: string | string[]): this {
    this._loadProps(splitLoad(arg, WORKSHEET_PROPS));
    return this;
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._later((s) => {
      if (this._book.find(v) && this._book.find(v) !== s) throw new FakeOfficeError('ItemAlreadyExists', v);
      s.name = v;
    });
  }

  get position(): number {
    return this._get('position');
  }
  set position(v: number) {
    this._later((s) => {
      const list = this._book.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(v, list.length), 0, s);
    });
  }

  get visibility(): string {
    return this._get('visibility');
  }

  activate(): void {
    this._later((s) => {
      this._book.active = s;
    });
  }

  delete(): void {
    this._later((s) => {
      const visible = this._book.sheets.filter((x) => x.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === s) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      this._book.sheets.splice(this._book.sheets.indexOf(s), 1);
      if (this._book.active === s) this._book.active = this._book.sheets[0];
    });
  }

  getRange(address?: string): RangeApi {
    return range(this._ctx, () => {
      const { sheet, box } = parseAddress(address ?? 'A:XFD');
      if (sheet !== undefined && sheet.toLowerCase() !== this._s.name.toLowerCase()) {
        throw new FakeOfficeError('InvalidArgument', `Address ${address} is on another sheet.`);
      }
      return { sheet: this._s, box };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    return range(this._ctx, () => {
      if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'Empty range.');
      return { sheet: this._s, box: { r0: startRow, c0: startColumn, rows: rowCount, cols: columnCount } };
    });
  }

  getRanges(address?: string): RangeAreasApi {
    return strict(
      'RangeAreas',
      new RangeAreasApi(this._ctx, () => {
        if (!address || address.length > 8192) throw new FakeOfficeError('InvalidArgument', 'Bad address list.');
        return address.split(/[,;]/).map((a) => ({ sheet: this._s, box: parseAddress(a).box }));
      }),
    );
  }

  getUsedRange(valuesOnly?: boolean): RangeApi {
    return range(this._ctx, () => ({ sheet: this._s, box: this._s.used(valuesOnly === true) }));
  }
}

// ---- ranges ----

interface RangeRef {
  sheet: SheetState;
  box: Box;
}

function range(ctx: Context, bind: () => RangeRef | undefined): RangeApi {
  return strict('Range', new RangeApi(ctx, bind));
}

const RANGE_PROPS = [
  'values',
  'formulas',
  'numberFormat',
  'text',
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'isNullObject',
] as const;

function eachCell(refs: readonly RangeRef[], f: (sheet: SheetState, r: number, c: number, i: number, j: number) => void): void {
  for (const { sheet, box } of refs) {
    if (box.rows * box.cols > 5_000_000) throw new Error(`formatting ${boxAddress(box)} cell by cell is not modelled`);
    for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) f(sheet, box.r0 + i, box.c0 + j, i, j);
  }
}

/** The cells that exist inside the areas (clearing a whole sheet visits only those). */
function existingCells(refs: readonly RangeRef[], f: (sheet: SheetState, r: number, c: number) => void): void {
  for (const { sheet, box } of refs) {
    for (const key of [...sheet.cells.keys()]) {
      const [r, c] = key.split(',').map(Number);
      if (r! >= box.r0 && r! < box.r0 + box.rows && c! >= box.c0 && c! < box.c0 + box.cols) f(sheet, r!, c!);
    }
  }
}

/** A scalar fills the range; an array must have the range's exact shape. */
function pick<T>(box: Box, v: T | T[][], i: number, j: number): T {
  if (!Array.isArray(v)) return v;
  return v[i]![j]!;
}

function checkShape(box: Box, v: unknown): void {
  if (!Array.isArray(v)) return;
  if (v.length !== box.rows || v.some((row) => !Array.isArray(row) || row.length !== box.cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
}

class RangeApi extends ApiObject<RangeRef> {
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;

  constructor(ctx: Context, bind: () => RangeRef | undefined) {
    super(ctx, bind, RANGE_PROPS);
    const refs = () => [this._s];
    this.format = strict('RangeFormat', new RangeFormatApi(ctx, refs));
    this.dataValidation = strict('DataValidation', new DataValidationApi(ctx, refs));
  }

  protected _read(prop: string): unknown {
    const { sheet, box } = this._s;
    const grid = <T>(f: (cell: CellState | undefined) => T): T[][] =>
      Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.cols }, (_, j) => f(sheet.cell(box.r0 + i, box.c0 + j))));
    switch (prop) {
      case 'values':
        return grid((c) => c?.value ?? '');
      case 'text':
        return grid((c) => String(c?.value ?? ''));
      case 'formulas':
        return grid((c) => (c?.formula ? `=${c.formula}` : (c?.value ?? '')));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'address':
        return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
      case 'rowIndex':
        return box.r0;
      case 'columnIndex':
        return box.c0;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.cols;
    }
    throw new Error(prop);
  }

  load(arg?: string | string[]): this {
    const props = splitLoad(arg, RANGE_PROPS);
    const own = props.filter((p) => !p.includes('/'));
    if (own.length) this._loadProps(own);
    for (const p of props.filter((x) => x.includes('/'))) this.format._loadPath(p.replace(/^format\//, ''));
    return this;
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._write(v, (cell, x) => {
      if (typeof x === 'string' && x.startsWith('=') && cell.numberFormat !== '@') {
        cell.formula = x.slice(1);
        cell.value = '';
      } else {
        delete cell.formula;
        cell.value = x === null || x === undefined ? '' : (x as CellState['value']);
      }
    });
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }

  set columnHidden(v: boolean) {
    this._later(({ sheet, box }) => {
      for (let c = box.c0; c < box.c0 + box.cols; c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  set formulas(v: unknown[][]) {
    this.values = v;
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._write(v, (cell, x) => {
      cell.numberFormat = String(x ?? 'General');
    });
  }

  get text(): string[][] {
    return this._get('text');
  }
  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }

  private _write(v: unknown, f: (cell: CellState, x: unknown) => void): void {
    this._later(({ sheet, box }) => {
      checkShape(box, v);
      eachCell([{ sheet, box }], (s, r, c, i, j) => f(s.edit(r, c), pick(box, v as unknown[][], i, j)));
    });
  }

  clear(applyTo?: string): void {
    this._later(({ sheet, box }) => {
      if (applyTo !== undefined && applyTo !== 'All') throw new Error(`clear(${applyTo}) is not modelled`);
      existingCells([{ sheet, box }], (s, r, c) => s.cells.delete(`${r},${c}`));
    });
  }

  /** Only 'Visible' is modelled: the visible cells as row runs × column runs; null when none is visible. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasApi {
    if (cellType !== 'Visible' || cellValueType !== undefined) throw new Error(`getSpecialCellsOrNullObject(${cellType}) is not modelled`);
    return strict(
      'RangeAreas',
      new RangeAreasApi(this._ctx, () => {
        const { sheet, box } = this._s;
        const runs = (start: number, n: number, hidden: Set<number>) => {
          const out: [number, number][] = [];
          for (let i = start; i < start + n; i++) {
            if (hidden.has(i)) continue;
            const last = out[out.length - 1];
            if (last && last[1] === i - 1) last[1] = i;
            else out.push([i, i]);
          }
          return out;
        };
        const rows = runs(box.r0, box.rows, sheet.hiddenRows);
        const cols = runs(box.c0, box.cols, sheet.hiddenCols);
        const areas = rows.flatMap(([r0, r1]) => cols.map(([c0, c1]) => ({ sheet, box: { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 } })));
        return areas.length > 0 ? areas : undefined;
      }),
    );
  }

  /** The merged blocks that intersect the range; null when there are none. */
  getMergedAreasOrNullObject(): RangeAreasApi {
    return strict(
      'RangeAreas',
      new RangeAreasApi(this._ctx, () => {
        const { sheet, box } = this._s;
        const areas = sheet.merges
          .map(mergeBox)
          .filter((m) => intersects(m, box))
          .map((m) => ({ sheet, box: m }));
        return areas.length > 0 ? areas : undefined;
      }),
    );
  }

  unmerge(): void {
    this._later(({ sheet, box }) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(mergeBox(m), box));
    });
  }

  merge(across?: boolean): void {
    this._later(({ sheet, box }) => {
      if (across) throw new Error('merge(true) is not modelled');
      const a = boxAddress(box);
      const overlaps = sheet.merges.some((m) => intersects(mergeBox(m), box));
      if (overlaps) throw new FakeOfficeError('InvalidOperation', `Cannot merge ${a}: it overlaps a merge.`);
      sheet.merges.push(a);
    });
  }

  select(): void {
    this._later(({ sheet, box }) => {
      if (this._ctx._book.active !== sheet) {
        throw new FakeOfficeError('InvalidSelection', 'Select works only on the active worksheet.');
      }
      this._ctx._book.selection = { sheet: sheet.name, address: boxAddress(box) };
    });
  }
}

// a table has thousands of merges: parse each address once
const mergeBoxes = new Map<string, Box>();
function mergeBox(address: string): Box {
  let b = mergeBoxes.get(address);
  if (!b) mergeBoxes.set(address, (b = parseAddress(address).box));
  return b;
}

function intersects(a: Box, b: Box): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

class RangeAreasApi extends ApiObject<RangeRef[]> {
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  /** bind answers undefined for a null object (the ...OrNullObject getters). */
  constructor(ctx: Context, bind: () => RangeRef[] | undefined) {
    super(ctx, bind, ['address', 'areaCount', 'isNullObject']);
    this.format = strict('RangeFormat', new RangeFormatApi(ctx, () => this._s));
    this.dataValidation = strict('DataValidation', new DataValidationApi(ctx, () => this._s));
  }
  protected _read(prop: string): unknown {
    if (prop === 'areaCount') return this._s.length;
    return this._s.map((r) => `${quoteSheet(r.sheet.name)}!${boxAddress(r.box)}`).join(',');
  }
  load(arg?: string | string[]): this {
    this._loadProps(splitLoad(arg, ['address', 'areaCount']));
    return this;
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

/** Formatting applies to every cell of one or more areas (Range or RangeAreas). */
class FormatPart {
  constructor(
    protected _ctx: Context,
    protected _refs: () => RangeRef[],
  ) {}
  protected _apply(f: (cell: CellState, sheet: SheetState, r: number, c: number) => void): void {
    this._ctx.queue.push(() => eachCell(this._refs(), (s, r, c) => f(s.edit(r, c), s, r, c)));
  }
}

class RangeFormatApi extends FormatPart {
  readonly fill: RangeFillApi;
  readonly font: RangeFontApi;
  readonly borders: RangeBorderCollectionApi;
  constructor(ctx: Context, refs: () => RangeRef[]) {
    super(ctx, refs);
    this.fill = strict('RangeFill', new RangeFillApi(ctx, refs));
    this.font = strict('RangeFont', new RangeFontApi(ctx, refs));
    this.borders = strict('RangeBorderCollection', new RangeBorderCollectionApi(ctx, refs));
  }
  set horizontalAlignment(v: string) {
    this._apply((c) => {
      c.hAlign = v;
    });
  }
  set verticalAlignment(v: string) {
    if (!['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(v)) throw new TypeError(v);
  }
  set wrapText(v: boolean) {
    this._apply((c) => {
      c.wrap = v;
    });
  }
  set columnWidth(v: number) {
    this._ctx.queue.push(() => {
      for (const { sheet, box } of this._refs()) for (let j = 0; j < box.cols; j++) sheet.widths.set(box.c0 + j, v);
    });
  }
  /** 'fill/color' and 'fill/pattern' of a single-cell range (what the audit reads back). */
  _loadPath(path: string): void {
    if (path !== 'fill/color' && path !== 'fill/pattern') throw new Error(`load ${path} is not modelled`);
    this.fill.load(path.slice('fill/'.length));
  }
}

class RangeFillApi extends FormatPart {
  private _mock = new OfficeMockObject({ color: undefined, pattern: undefined }, 'excel' as never);
  set color(v: string) {
    this._apply((c) => {
      c.fill = v.replace('#', '').toUpperCase();
    });
  }
  get color(): string {
    return this._read('color');
  }
  get pattern(): string {
    return this._read('pattern');
  }
  clear(): void {
    this._apply((c) => {
      delete c.fill;
    });
  }
  load(arg?: string | string[]): this {
    const props = splitLoad(arg, ['color', 'pattern']);
    this._ctx.queue.push(() => {
      const [ref] = this._refs();
      const cell = ref!.sheet.cell(ref!.box.r0, ref!.box.c0);
      for (const p of props) {
        const v = p === 'color' ? `#${cell?.fill ?? 'FFFFFF'}` : cell?.fill ? 'Solid' : 'None';
        this._mock['setValue'](p, v as never);
        this._mock.load(p);
      }
    });
    for (const p of props) this._mock.load(p);
    this._ctx.loaded.push(this._mock);
    return this;
  }
  private _read(p: string): never {
    const v = (this._mock as unknown as Record<string, unknown>)[p];
    if (typeof v === 'string' && NOT_LOADED.has(v)) throw new FakeOfficeError('PropertyNotLoaded', `The property '${p}' is not available.`);
    return v as never;
  }
}

class RangeFontApi extends FormatPart {
  set bold(v: boolean) {
    this._apply((c) => {
      c.bold = v;
    });
  }
  set italic(v: boolean) {
    this._apply((c) => {
      c.italic = v;
    });
  }
  set color(v: string) {
    this._apply((c) => {
      c.fontColor = v.replace('#', '').toUpperCase();
    });
  }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

class RangeBorderCollectionApi extends FormatPart {
  getItem(index: string): RangeBorderApi {
    if (!BORDER_INDEXES.includes(index)) throw new TypeError(`Bad border index ${index}`);
    return strict('RangeBorder', new RangeBorderApi(this._ctx, this._refs));
  }
}

class RangeBorderApi extends FormatPart {
  set style(v: string) {
    this._apply((c) => {
      c.border = v !== 'None';
    });
  }
  set color(v: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new TypeError(v);
  }
}

class DataValidationApi extends FormatPart {
  clear(): void {
    this._ctx.queue.push(() =>
      existingCells(this._refs(), (s, r, c) => {
        const cell = s.cell(r, c)!;
        delete cell.list;
        delete cell.listAlert;
      }),
    );
  }
  set rule(v: { list?: { inCellDropDown: boolean; source: string } }) {
    if (!v.list) throw new Error('only list rules are modelled');
    const source = v.list.source;
    this._apply((c) => {
      c.list = source;
    });
  }
  /** Excel.DataValidationErrorAlert: showAlert, style ('Stop' | 'Warning' | 'Information'), title, message. */
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    if (!['Stop', 'Warning', 'Information'].includes(v.style)) throw new FakeOfficeError('InvalidArgument', `style ${v.style}`);
    const alert = { showAlert: v.showAlert, style: v.style, title: v.title, message: v.message };
    this._apply((c) => {
      c.listAlert = alert;
    });
  }
}

// ---- sheet parts ----

class SheetPart {
  constructor(
    protected _ctx: Context,
    protected _sheet: () => SheetState,
  ) {}
}

class CustomPropertyCollectionApi extends SheetPart {
  add(key: string, value: string): CustomPropertyApi {
    if (key.length > 255) throw new FakeOfficeError('InvalidArgument', 'Key too long.');
    this._ctx.queue.push(() => this._sheet().props.set(key.toLowerCase(), value));
    return this.getItem(key);
  }
  getItem(key: string): CustomPropertyApi {
    return strict(
      'WorksheetCustomProperty',
      new CustomPropertyApi(this._ctx, () => {
        const s = this._sheet();
        if (!s.props.has(key.toLowerCase())) throw new FakeOfficeError('ItemNotFound', key);
        return { sheet: s, key: key.toLowerCase() };
      }),
    );
  }
  getItemOrNullObject(key: string): CustomPropertyApi {
    return strict(
      'WorksheetCustomProperty',
      new CustomPropertyApi(this._ctx, () => {
        const s = this._sheet();
        return s.props.has(key.toLowerCase()) ? { sheet: s, key: key.toLowerCase() } : undefined;
      }),
    );
  }
}

class CustomPropertyApi extends ApiObject<{ sheet: SheetState; key: string }> {
  constructor(ctx: Context, bind: () => { sheet: SheetState; key: string } | undefined) {
    super(ctx, bind, ['key', 'value', 'isNullObject']);
  }
  protected _read(prop: string): unknown {
    const { sheet, key } = this._s;
    return prop === 'key' ? key : sheet.props.get(key);
  }
  load(arg?: string | string[]): this {
    this._loadProps(splitLoad(arg, ['key', 'value', 'isNullObject']));
    return this;
  }
  get key(): string {
    return this._get('key');
  }
  get value(): string {
    return this._get('value');
  }
  set value(v: string) {
    this._later(({ sheet, key }) => sheet.props.set(key, v));
  }
  delete(): void {
    this._later(({ sheet, key }) => sheet.props.delete(key));
  }
}

class CommentCollectionApi extends SheetPart {
  private _items?: CommentApi[];
  get items(): CommentApi[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items;
  }
  load(arg?: string | string[]): this {
    const props = splitLoad(arg, ['items/content']).map((p) => (p === 'items' ? 'content' : p.replace(/^items\//, '')));
    this._ctx.queue.push(() => {
      this._items = this._sheet().comments.map((cm) => {
        const api = strict('Comment', new CommentApi(this._ctx, () => ({ sheet: this._sheet(), comment: cm })));
        api.load(props);
        return api;
      });
      this._ctx.runQueued();
    });
    return this;
  }
  add(cellAddress: RangeApi | string, content: string): CommentApi {
    let made: CommentState | undefined;
    this._ctx.queue.push(() => {
      const s = this._sheet();
      let box: Box;
      if (typeof cellAddress === 'string') {
        const p = parseAddress(cellAddress);
        if (p.sheet === undefined) throw new FakeOfficeError('InvalidArgument', 'The address must include the sheet name.');
        box = p.box;
      } else {
        box = (cellAddress as unknown as { _s: RangeRef })._s.box;
      }
      if (box.rows !== 1 || box.cols !== 1) throw new FakeOfficeError('InvalidArgument', 'A comment goes on one cell.');
      if (s.comments.some((c) => c.row === box.r0 && c.col === box.c0)) {
        throw new FakeOfficeError('InvalidArgument', 'The cell already has a comment.');
      }
      made = { row: box.r0, col: box.c0, content, replies: [] };
      s.comments.push(made);
    });
    return strict('Comment', new CommentApi(this._ctx, () => made && { sheet: this._sheet(), comment: made }));
  }
}

class CommentApi extends ApiObject<{ sheet: SheetState; comment: CommentState }> {
  readonly replies: CommentReplyCollectionApi;
  constructor(ctx: Context, bind: () => { sheet: SheetState; comment: CommentState } | undefined) {
    super(ctx, bind, ['content', 'isNullObject']);
    this.replies = strict('CommentReplyCollection', new CommentReplyCollectionApi(ctx, () => this._s.comment));
  }
  protected _read(prop: string): unknown {
    return prop === 'isNullObject' ? this._null : this._s.comment.content;
  }
  load(arg?: string | string[]): this {
    this._loadProps(splitLoad(arg, ['content']));
    return this;
  }
  get content(): string {
    return this._get('content');
  }
  getLocation(): RangeApi {
    return range(this._ctx, () => ({ sheet: this._s.sheet, box: { r0: this._s.comment.row, c0: this._s.comment.col, rows: 1, cols: 1 } }));
  }
  delete(): void {
    this._later(({ sheet, comment }) => sheet.comments.splice(sheet.comments.indexOf(comment), 1));
  }
}

class CommentReplyCollectionApi {
  constructor(
    private _ctx: Context,
    private _comment: () => CommentState,
  ) {}
  add(content: string): void {
    this._ctx.queue.push(() => this._comment().replies.push(content));
  }
}

class FreezePanesApi extends SheetPart {
  unfreeze(): void {
    this._ctx.queue.push(() => {
      this._sheet().frozenRows = 0;
    });
  }
  freezeRows(count?: number): void {
    this._ctx.queue.push(() => {
      this._sheet().frozenRows = count ?? 1;
    });
  }
}

class ChartCollectionApi extends SheetPart {
  private _items?: ChartApi[];
  get items(): ChartApi[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items;
  }
  load(arg?: string | string[]): this {
    if (arg !== undefined && arg !== 'items') throw new Error(`charts.load(${String(arg)}) is not modelled`);
    this._ctx.queue.push(() => {
      const sheet = this._sheet();
      this._items = sheet.charts.map((c) =>
        strict(
          'Chart',
          new ChartApi(
            this._ctx,
            () => c,
            () => sheet,
          ),
        ),
      );
    });
    return this;
  }
  add(type: string, sourceData: RangeApi, seriesBy?: string): ChartApi {
    let made: ChartState | undefined;
    this._ctx.queue.push(() => {
      if (seriesBy !== undefined && !['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw new TypeError(seriesBy);
      const ref = (sourceData as unknown as { _s: RangeRef })._s;
      if (ref.box.cols !== 1) throw new Error('the fake models charts made from one column of values');
      const source = boxAddress(ref.box);
      made = { type, source, title: '', series: [{ name: '', values: source }], plotVisibleOnly: true };
      this._sheet().charts.push(made);
    });
    return strict('Chart', new ChartApi(this._ctx, () => made!, this._sheet));
  }
}

const alamatRange = (r: RangeApi) => boxAddress((r as unknown as { _s: RangeRef })._s.box);

/** Excel.ChartSeries: values, categories, name, its own type (a line in a combination chart), fill and line. */
function seriesApi(ctx: Context, series: () => SeriesState): object {
  const later = (f: (s: SeriesState) => void) => ctx.queue.push(() => f(series()));
  return strict('ChartSeries', {
    setValues(r: RangeApi) {
      later((s) => (s.values = alamatRange(r)));
    },
    setXAxisValues(r: RangeApi) {
      later((s) => (s.categories = alamatRange(r)));
    },
    set name(v: string) {
      later((s) => (s.name = v));
    },
    set chartType(v: string) {
      if (!['ColumnClustered', 'ColumnStacked', 'Line', 'LineMarkers'].includes(v)) throw new TypeError(`chartType ${v} not modelled`);
      later((s) => (s.chartType = v));
    },
    format: strict('ChartSeriesFormat', {
      fill: strict('ChartFill', {
        setSolidColor(color: string) {
          later((s) => (s.fill = color));
        },
      }),
      line: strict('ChartLineFormat', {
        set color(v: string) {
          later((s) => (s.lineColor = v));
        },
        set lineStyle(v: string) {
          if (!['Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Grey25', 'Grey50', 'Grey75', 'Automatic', 'None', 'RoundDot'].includes(v))
            throw new TypeError(v);
          later((s) => (s.lineStyle = v));
        },
      }),
    }),
  });
}

class ChartApi {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt(i: number): object; add(name?: string): object };
  readonly delete: () => void;
  constructor(ctx: Context, chart: () => ChartState, sheet: () => SheetState) {
    this._set = (f) => ctx.queue.push(() => f(chart()));
    this.delete = () => {
      ctx.queue.push(() => {
        const list = sheet().charts;
        list.splice(list.indexOf(chart()), 1);
      });
    };
    this.title = strict('ChartTitle', {
      set text(v: string) {
        ctx.queue.push(() => {
          chart().title = v;
        });
      },
    } as { text: string });
    this.legend = strict('ChartLegend', {
      set position(v: string) {
        if (!['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'].includes(v)) throw new TypeError(v);
        ctx.queue.push(() => {
          chart().legendPosition = v;
        });
      },
    } as { position: string });
    this.series = strict('ChartSeriesCollection', {
      getItemAt: (i: number) =>
        seriesApi(ctx, () => {
          const s = chart().series[i];
          if (s === undefined) throw new FakeOfficeError('ItemNotFound', `No series at ${i}`);
          return s;
        }),
      add: (name?: string) => {
        let made: SeriesState | undefined;
        ctx.queue.push(() => {
          made = { name: name ?? '' };
          chart().series.push(made);
        });
        return seriesApi(ctx, () => made!);
      },
    });
    this.setPosition = (startCell: string) => {
      ctx.queue.push(() => {
        parseAddress(startCell);
        chart().position = startCell;
      });
    };
  }
  set plotVisibleOnly(v: boolean) {
    this._set((c) => (c.plotVisibleOnly = v));
  }
  private readonly _set: (f: (c: ChartState) => void) => void;
  setPosition: (startCell: string) => void;
}

/** One object of each modelled class (for the check against the Excel declarations). */
export function sampleObjects(): Record<string, object> {
  const ctx = new Context(new FakeWorkbook());
  const context = strict('RequestContext', new RequestContextApi(ctx));
  const sheet = context.workbook.worksheets.getItem('Sheet1');
  const range = sheet.getRange('A1');
  const comment = sheet.comments.add(range, 'x');
  const chart = sheet.charts.add('ColumnClustered', range);
  return {
    RequestContext: context,
    Workbook: context.workbook,
    WorksheetCollection: context.workbook.worksheets,
    Worksheet: sheet,
    Range: range,
    RangeAreas: sheet.getRanges('A1'),
    RangeFormat: range.format,
    RangeFill: range.format.fill,
    RangeFont: range.format.font,
    RangeBorderCollection: range.format.borders,
    RangeBorder: range.format.borders.getItem('EdgeTop'),
    DataValidation: range.dataValidation,
    WorksheetCustomPropertyCollection: sheet.customProperties,
    WorksheetCustomProperty: sheet.customProperties.getItemOrNullObject('x'),
    CommentCollection: sheet.comments,
    Comment: comment,
    CommentReplyCollection: comment.replies,
    WorksheetFreezePanes: sheet.freezePanes,
    ChartCollection: sheet.charts,
    Chart: chart,
    ChartTitle: chart.title,
    ChartSeriesCollection: chart.series,
    ChartSeries: chart.series.getItemAt(0),
    ChartSeriesFormat: (chart.series.getItemAt(0) as { format: object }).format,
    ChartFill: (chart.series.getItemAt(0) as { format: { fill: object } }).format.fill,
    ChartLineFormat: (chart.series.getItemAt(0) as { format: { line: object } }).format.line,
    ChartLegend: chart.legend,
  };
}
