// Reading a cell the way a planner meant it: numbers typed with a decimal comma or point,
// rupiah amounts, units and comparators around the figure, qualitative values, and the texts
// that mean "no figure yet". Never a silent 0: what cannot be read is a galat naming the text.
import type { Angka, Sel } from './model';
import { PESAN } from './pesan';
import { milik } from './milik';

const SEL_KOSONG: Angka = { jenis: 'kosong', alasan: PESAN.selKosong };
const STRIP: Angka = { jenis: 'kosong', alasan: PESAN.tandaStrip };

/** Texts that say the figure is not there yet (the indicator is left out, shown blank). */
const POLA_KOSONG = [
  /^akhir\s+tahun\b/i,
  /^(di)?mulai\b/i,
  /^belum\b/i,
  /^progres+\b/i,
  /^menunggu\b/i,
  /^tidak\s+(diukur|ada\s+data)\b/i,
  /^n\.?\/?a\.?$/i,
];

/** Ordered qualitative scales, best first: peringkat = length - position (WTP 4 ... TMP 1). */
const SKALA_KUALITATIF: Readonly<Record<string, readonly (readonly [string, ...string[]])[]>> = {
  opini: [
    ['WTP', 'Wajar Tanpa Pengecualian'],
    ['WDP', 'Wajar Dengan Pengecualian'],
    ['TW', 'Tidak Wajar'],
    ['TMP', 'Tidak Memberikan Pendapat', 'Tidak Menyatakan Pendapat'],
  ],
  predikat: [['AA'], ['A'], ['BB'], ['B'], ['CC'], ['C'], ['D']],
  efisiensi: [['Efisien'], ['Tidak Efisien']],
  mutu: [['Sangat Baik'], ['Baik'], ['Cukup'], ['Kurang'], ['Sangat Kurang']],
  status: [['Tercapai'], ['Tidak Tercapai']],
  // an output that exists or complies: 'Tersedia' against 'Tersedia' is 100
  ketersediaan: [['Tersedia'], ['Tidak Tersedia']],
  kesesuaian: [['Sesuai'], ['Tidak Sesuai']],
};

const KUALITATIF = new Map<string, Angka>();
for (const [skala, urutan] of Object.entries(SKALA_KUALITATIF)) {
  urutan.forEach((nama, i) => {
    const nilai: Angka = { jenis: 'kualitatif', teks: nama[0], peringkat: urutan.length - i, skala };
    for (const n of nama) KUALITATIF.set(n.toLowerCase(), nilai);
  });
}

// prefix words/comparators, sign, the figure, then anything without digits (unit, %, ",-");
// each prefix matches one way only ('>=' is '>' then '='), so a long run cannot backtrack
const POLA_ANGKA =
  /^((?:(?:rp\.?|idr|min(?:imal|imum)?\.?|maks(?:imal|imum)?\.?|max\.?|sekitar|level|opini|[≥≤><±~=])\s*)*)([+\-−]?)(\d+(?:[.,]\d+)*)([^\d]*)$/i;

/** Whether a cell holds a figure: a number or a qualitative value ('WTP', 'Opini WTP', 'Tersedia', 'Sesuai'). */
export function adalahAngka(sel: Sel): boolean {
  const jenis = bacaAngka(sel).jenis;
  return jenis === 'angka' || jenis === 'kualitatif';
}

/** Reads one cell. Numbers stay as typed (70 % is 70: capaian and targets are in percent points). */
export function bacaAngka(sel: Sel): Angka {
  if (sel === null || sel === undefined) return SEL_KOSONG;
  if (typeof sel === 'number') {
    return Number.isFinite(sel) ? { jenis: 'angka', nilai: sel === 0 ? 0 : sel } : { jenis: 'galat', pesan: PESAN.bukanAngkaTakHingga };
  }
  if (typeof sel === 'string') return bacaTeks(sel);
  if (typeof sel === 'boolean') return { jenis: 'galat', pesan: PESAN.bukanAngkaLogika(sel) };
  if (sel instanceof Date) return { jenis: 'galat', pesan: PESAN.bukanAngkaTanggal(tanggal(sel)) };
  return { jenis: 'galat', pesan: PESAN.bukanAngkaJenis };
}

function bacaTeks(asli: string): Angka {
  const teks = asli.replace(/[\u00a0\u2007\u202f\s]+/g, ' ').trim();
  if (teks === '') return SEL_KOSONG;
  if (/^[-–—]+$/.test(teks)) return STRIP;
  if (/^#[A-Z0-9/]+[!?]?$/i.test(teks)) return { jenis: 'galat', pesan: PESAN.selGalat(teks) };
  if (POLA_KOSONG.some((p) => p.test(teks))) return { jenis: 'kosong', alasan: PESAN.belumAdaAngka(teks) };
  // '90 (Efisien)', 'WTP (Wajar Tanpa Pengecualian)': the remark in brackets is not the value
  // (a bracket holds no bracket, so a run of '(' is passed once, not once per '(')
  const inti = teks.replace(/\s*\([^()]*\)\s*/g, ' ').trim() || teks;
  const kualitatif = KUALITATIF.get(inti.replace(/^(opini|predikat)\s+/i, '').toLowerCase());
  if (kualitatif) return kualitatif;
  const nilai = bacaTeksAngka(inti);
  return nilai === null ? { jenis: 'galat', pesan: PESAN.tidakTerbaca(teks) } : { jenis: 'angka', nilai };
}

/** Magnitude words after a figure: '1,5 juta' is 1.500.000 (a unit word like 'negara' is not). */
const KELIPATAN: Readonly<Record<string, number>> = { ribu: 3, rb: 3, juta: 6, jt: 6, miliar: 9, milyar: 9, triliun: 12 };

function bacaTeksAngka(teks: string): number | null {
  const m = POLA_ANGKA.exec(teks);
  if (!m) return null;
  const [, awalan = '', tanda = '', inti = '', akhiran = ''] = m;
  const rupiah = /rp|idr/i.test(awalan) || /^\s*[.,]-/.test(akhiran);
  const desimal = desimalDariInti(inti, rupiah);
  if (desimal === null) return null;
  const kali = milik(KELIPATAN, (akhiran.trim().split(/[\s.]/)[0] ?? '').toLowerCase()) ?? 0;
  // shifting the decimal text keeps 1,1 juta exact (1.1 * 1e6 is not)
  const nilai = Number(`${desimal}e${kali}`);
  if (!Number.isFinite(nilai)) return null;
  const hasil = tanda === '-' || tanda === '−' ? -nilai : nilai;
  return hasil === 0 ? 0 : hasil;
}

/**
 * The figure as plain decimal text ('1234.5'). The separators decide: with both '.' and ',' the
 * last one is the decimal mark; several of one kind are thousands (groups of 3 checked); a single
 * ',' is a decimal comma (85,20); a single '.' is a thousands dot when exactly 3 digits follow
 * and the part before is not 0 (1.234 = 1234, the Indonesian grouping; 0.125 and 85.20 stay
 * decimals), and always in a rupiah amount.
 */
function desimalDariInti(inti: string, rupiah: boolean): string | null {
  const titik = inti.split('.').length - 1;
  const koma = inti.split(',').length - 1;
  if (titik === 0 && koma === 0) return inti;
  if (titik > 0 && koma > 0) {
    const desimal = inti.lastIndexOf('.') > inti.lastIndexOf(',') ? '.' : ',';
    const ribuan = desimal === '.' ? ',' : '.';
    const posisi = inti.lastIndexOf(desimal);
    const utuh = inti.slice(0, posisi);
    const pecahan = inti.slice(posisi + 1);
    if (utuh.includes(desimal) || !kelompokRibuanSah(utuh, ribuan)) return null;
    return `${utuh.split(ribuan).join('')}.${pecahan}`;
  }
  const pemisah = titik > 0 ? '.' : ',';
  const bagian = inti.split(pemisah);
  if (bagian.length > 2) return kelompokRibuanSah(inti, pemisah) ? bagian.join('') : null;
  const [utuh = '', pecahan = ''] = bagian;
  const ribuan = pemisah === '.' && (rupiah || (pecahan.length === 3 && Number(utuh) !== 0));
  return ribuan ? utuh + pecahan : `${utuh}.${pecahan}`;
}

function kelompokRibuanSah(teks: string, pemisah: string): boolean {
  const [kepala = '', ...ekor] = teks.split(pemisah);
  return kepala.length >= 1 && kepala.length <= 3 && ekor.every((k) => k.length === 3);
}

function tanggal(d: Date): string {
  if (Number.isNaN(d.getTime())) return '(tidak sah)';
  const dua = (n: number) => String(n).padStart(2, '0');
  return `${dua(d.getDate())}/${dua(d.getMonth() + 1)}/${d.getFullYear()}`;
}
