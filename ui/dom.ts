// Building panel elements. Text goes in only as text nodes: names and values come from the
// planner's workbook, and an indicator called "<img src=x onerror=...>" must show as those characters.

type Anak = Node | string | number | null | undefined | false;

export interface Sifat {
  readonly kelas?: string;
  readonly id?: string;
  readonly attr?: Readonly<Record<string, string>>;
  readonly saatKlik?: () => void;
  readonly saatUbah?: () => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, sifat: Sifat = {}, ...anak: Anak[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (sifat.kelas) e.className = sifat.kelas;
  if (sifat.id) e.id = sifat.id;
  for (const [k, v] of Object.entries(sifat.attr ?? {})) e.setAttribute(k, v);
  if (sifat.saatKlik) e.addEventListener('click', sifat.saatKlik);
  if (sifat.saatUbah) e.addEventListener('change', sifat.saatUbah);
  isi(e, ...anak);
  return e;
}

/** Replaces the children of e. */
export function isi(e: Element, ...anak: Anak[]): void {
  e.replaceChildren(
    ...anak
      .filter((a): a is Node | string | number => a !== null && a !== undefined && a !== false)
      .map((a) => (typeof a === 'number' ? String(a) : a)),
  );
}

export function pilihan(nilai: string, teks: string, terpilih = false): HTMLOptionElement {
  const o = el('option', { attr: { value: nilai } }, teks);
  o.selected = terpilih;
  return o;
}
