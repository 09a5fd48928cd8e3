// The Lapkin panel: the Excel task pane and the Google Sheets sidebar mount this same UI over
// their Host. Plain DOM, Indonesian text, every workbook text set as text (see dom.ts).
import {
  cariSkema,
  DAFTAR_PERAN,
  DAFTAR_TABEL,
  formatAngka,
  hurufKolom,
  isGalat,
  type Masalah,
  type PeranKolom,
  type Periode,
  type PetaKolom,
  type Skema,
  SKEMA_BAWAAN,
  SKEMA_DEFAULT,
  type Temuan,
  type Tingkat,
  warnaPita,
} from '../core/index';
import type { Mesin, PilihanSkema, RingkasIsi, RingkasLembar } from './mesin';
import { LEBAR_RASTER } from '../docx/ukuran-gambar';
import { rasterKanvas } from '../docx/kanvas';
import { el, isi, pilihan } from './dom';
import type { Host } from './host';
import { PILIHAN_PERIODE, PILIHAN_TINGKAT, TEKS, TEKS_BERKAS } from './teks';

const SKEMA_RENTANG = '__rentang__';
const PERAN_BULANAN = /^(bulan|realisasiBulan)\d+$/;
const BUTIR_MAKS = 100;

/** The panel over a host; `mesin` runs the pipeline (mesinLokal(host) beside the panel, or the web page's worker). */
export function pasangPanel(root: HTMLElement, host: Host, mesin: Mesin): void {
  new Panel(root, host, mesin).mulai();
}

class Panel {
  private d: RingkasLembar | null = null;
  private sibuk = false;
  private berkasTertunda: File | null = null;

  private readonly lembar = el('select', { id: 'lk-lembar', saatUbah: () => void this.deteksi() });
  private readonly status = el('p', { kelas: 'lk-status', attr: { role: 'status', 'aria-live': 'polite' } });
  private readonly peta = el('div', { kelas: 'lk-peta' });
  private readonly bagianPeta = el('details', { kelas: 'lk-bagian' }, el('summary', {}, TEKS.pemetaanKolom), this.peta);
  private readonly skema = el('select', { id: 'lk-skema', saatUbah: () => this.tampilkanSkema() });
  private readonly namaSkema = el('p', { kelas: 'lk-catatan lk-rapat' });
  private readonly rentangSkema = el('input', {
    id: 'lk-rentang',
    attr: { type: 'text', placeholder: TEKS.contohRentang, spellcheck: 'false' },
  });
  private readonly barisRentang = el(
    'div',
    { kelas: 'lk-medan' },
    el('label', { attr: { for: 'lk-rentang' } }, TEKS.alamatRentang),
    this.rentangSkema,
  );
  private readonly periode = el('select', { id: 'lk-periode' }, ...PILIHAN_PERIODE.map(([v, t]) => pilihan(v, t)));
  private readonly tingkat = el('select', { id: 'lk-tingkat' }, ...PILIHAN_TINGKAT.map(([v, t]) => pilihan(v, t)));
  private readonly tabel = el('div', { kelas: 'lk-centang' });
  private readonly tombol = {
    isi: el('button', { kelas: 'lk-tombol lk-utama', attr: { title: TEKS.isiKeterangan }, saatKlik: () => void this.isiTabel() }, TEKS.isi),
    periksa: el('button', { kelas: 'lk-tombol', attr: { title: TEKS.periksaKeterangan }, saatKlik: () => void this.periksa() }, TEKS.periksa),
    templat: el('button', { kelas: 'lk-tombol', attr: { title: TEKS.templatKeterangan }, saatKlik: () => void this.templat() }, TEKS.templat),
    deteksi: el('button', { kelas: 'lk-tombol', attr: { title: TEKS.deteksiKeterangan }, saatKlik: () => void this.muatLembar() }, TEKS.deteksi),
    // shown only where the host can hand over a download
    laporan: el('button', { kelas: 'lk-tombol', attr: { title: TEKS.laporanKeterangan }, saatKlik: () => void this.laporan() }, TEKS.laporan),
  };
  private readonly batang = el('div', { kelas: 'lk-batang-isi' });
  private readonly teksKemajuan = el('span');
  private readonly kemajuan = el(
    'div',
    { kelas: 'lk-kemajuan', attr: { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' } },
    el('div', { kelas: 'lk-batang' }, this.batang),
    this.teksKemajuan,
  );
  private readonly pesan = el('div', { kelas: 'lk-pesan', attr: { role: 'alert' } });
  private readonly hasil = el('div', { kelas: 'lk-hasil' });
  // the browser's own picker says "Choose File" in the browser's language: a button says it in Indonesian
  private readonly masukBerkas = el('input', { id: 'lk-berkas', attr: { type: 'file', hidden: '', tabindex: '-1' } });
  private readonly tombolBerkas = el(
    'button',
    {
      kelas: 'lk-tombol lk-utama',
      attr: { type: 'button', 'aria-describedby': 'lk-berkas-judul lk-berkas-catatan' },
      saatKlik: () => this.masukBerkas.click(),
    },
    TEKS_BERKAS.pilih,
  );
  private readonly namaBerkas = el('p', { kelas: 'lk-status', attr: { role: 'status' } });

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
    private readonly mesin: Mesin,
  ) {}

  mulai(): void {
    for (const s of Object.values(SKEMA_BAWAAN)) this.skema.append(pilihan(s.kode, s.kode, s.kode === SKEMA_DEFAULT));
    this.skema.append(pilihan(SKEMA_RENTANG, TEKS.skemaRentang));
    for (const [id, nama] of Object.entries(DAFTAR_TABEL)) {
      const kotak = el('input', { attr: { type: 'checkbox', value: id, id: `lk-t-${id}` } });
      kotak.checked = true;
      this.tabel.append(el('label', { kelas: 'lk-pilih', attr: { for: `lk-t-${id}` } }, kotak, nama));
    }
    this.kemajuan.hidden = true;
    this.pesan.hidden = true;
    this.bagianPeta.hidden = true;
    this.tampilkanSkema();

    isi(
      this.root,
      el(
        'div',
        { kelas: 'lk' },
        el('header', { kelas: 'lk-kepala' }, el('h1', {}, TEKS.judul), el('p', {}, TEKS.subjudul)),
        this.bagianBerkas(),
        el(
          'section',
          { kelas: 'lk-bagian' },
          el('label', { attr: { for: 'lk-lembar' } }, TEKS.lembarIndikator),
          el('div', { kelas: 'lk-baris' }, this.lembar, this.tombol.deteksi),
          this.status,
        ),
        this.bagianPeta,
        el(
          'details',
          { kelas: 'lk-bagian', attr: { open: '' } },
          el('summary', {}, TEKS.pengaturan),
          medan('lk-skema', TEKS.skemaKriteria, this.skema, this.namaSkema),
          this.barisRentang,
          el(
            'div',
            { kelas: 'lk-dua' },
            medan('lk-periode', TEKS.periode, this.periode),
            medan('lk-tingkat', TEKS.npsUnitRataRata, this.tingkat),
          ),
          el('fieldset', { kelas: 'lk-medan' }, el('legend', {}, TEKS.tabelDiisi), this.tabel),
        ),
        el('div', { kelas: 'lk-aksi' }, this.tombol.isi, this.tombol.periksa, this.tombol.templat, this.host.unduh ? this.tombol.laporan : null),
        this.kemajuan,
        this.pesan,
        this.hasil,
      ),
    );
    void this.muatLembar();
  }

  // ---- opening a file (file host only) ----

  private bagianBerkas(): HTMLElement | null {
    const berkas = this.host.berkas;
    if (!berkas) return null;
    this.masukBerkas.accept = berkas.jenis;
    this.masukBerkas.addEventListener('change', () => {
      const f = this.masukBerkas.files?.[0];
      if (f) void this.bukaBerkas(f);
      this.masukBerkas.value = '';
    });
    // a file dropped anywhere on the page is opened, never navigated to
    const adaBerkas = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    document.addEventListener('dragover', (e) => {
      if (!adaBerkas(e)) return;
      e.preventDefault();
      this.root.classList.add('lk-seret');
    });
    document.addEventListener('dragleave', (e) => {
      if (e.relatedTarget === null) this.root.classList.remove('lk-seret');
    });
    document.addEventListener('drop', (e) => {
      if (!adaBerkas(e)) return;
      e.preventDefault();
      this.root.classList.remove('lk-seret');
      const f = e.dataTransfer?.files[0];
      if (f) void this.bukaBerkas(f);
    });
    return el(
      'section',
      { kelas: 'lk-bagian lk-berkas' },
      el('p', { kelas: 'lk-judul-medan', id: 'lk-berkas-judul' }, TEKS_BERKAS.label),
      this.masukBerkas,
      this.tombolBerkas,
      el('p', { kelas: 'lk-catatan lk-rapat', id: 'lk-berkas-catatan' }, TEKS_BERKAS.jatuhkan),
      this.namaBerkas,
    );
  }

  private async bukaBerkas(f: File): Promise<void> {
    const berkas = this.host.berkas;
    if (!berkas) return;
    // a file dropped while an action runs is opened when it ends
    if (this.sibuk) {
      this.berkasTertunda = f;
      return;
    }
    const terbuka = await this.kerja(async () => {
      await berkas.buka(f, (t, b) => this.langkah(t, b));
      this.d = null;
      isi(this.lembar);
      isi(this.hasil);
    });
    if (terbuka) await this.muatLembar();
  }

  // ---- reading the sheet ----

  private async muatLembar(): Promise<void> {
    await this.kerja(async () => {
      const [daftar, aktif] = await Promise.all([this.host.daftarLembar(), this.host.lembarAktif()]);
      const kini = this.lembar.value || aktif;
      isi(this.lembar, ...daftar.map((n) => pilihan(n, n, n === kini)));
      await this.bacaDanPetakan();
    });
  }

  private async deteksi(): Promise<void> {
    await this.kerja(() => this.bacaDanPetakan());
  }

  private async bacaDanPetakan(): Promise<void> {
    if (!this.lembar.value) {
      this.setStatus(this.host.berkas?.namaBuka() === null ? TEKS_BERKAS.belumAda : TEKS.tanpaLembar);
      return;
    }
    this.langkah(TEKS.membacaLembar(this.lembar.value), 0.2);
    this.d = await this.mesin.deteksi(this.lembar.value, undefined, (t, b) => this.langkah(t, b));
    const model = this.d.model;
    if (model) this.tingkat.value = model.tingkat;
    this.tampilkanPeta();
    this.tampilkanBacaan();
  }

  private tampilkanBacaan(): void {
    const d = this.d;
    if (!d) return;
    const model = d.model;
    const tanpaRealisasi = model !== null && !adaRealisasi(d.peta);
    // no header detected is a note; the planner's own mapping without an indicator column is a problem
    const petaKurang = model === null && d.peta !== null;
    this.setStatus(
      model
        ? TEKS.headerDitemukan(model.barisHeader, model.indikator, model.sasaran, model.perspektif, tanpaRealisasi)
        : petaKurang
          ? d.tanpaModel
          : TEKS.bukanLembarIndikator,
      petaKurang || tanpaRealisasi,
    );
    this.aturTombol();
    if (tanpaRealisasi) this.bagianPeta.open = true;
    const masalah = d.masalah.filter((m) => m.baris > 0 && !m.catatan);
    isi(
      this.hasil,
      daftarPemberitahuan(d.masalah, [], d.lembar, this.pilih),
      masalah.length ? daftarMasalah(TEKS.masalahLembar(masalah.length), masalah, d.lembar, this.pilih) : null,
    );
  }

  /** One dropdown per column role, listing the sheet's columns by letter and header text. */
  private tampilkanPeta(): void {
    const d = this.d;
    if (!d) return;
    const peran = d.peta?.peran ?? {};
    const kolom = d.judul.map((teks, j) => `${hurufKolom(d.kolomAwal - 1 + j)} · ${teks || TEKS.tanpaJudul}`);
    // the sheet's columns listed once and copied for each role: building every role's options one by
    // one (some forty roles × the columns) held up the page after each detection
    const daftarKolom = el('select', {}, pilihan('', TEKS.tidakAda), ...kolom.map((t, j) => pilihan(String(j), t)));
    const baris = (k: PeranKolom) => {
      const pilih = daftarKolom.cloneNode(true) as HTMLSelectElement;
      pilih.id = `lk-p-${k}`;
      pilih.dataset.peran = k;
      pilih.addEventListener('change', () => this.ubahPeta(k, pilih.value));
      pilih.value = peran[k] === undefined ? '' : String(peran[k]);
      return el('div', { kelas: 'lk-peran' }, el('label', { attr: { for: `lk-p-${k}` } }, DAFTAR_PERAN[k]), pilih);
    };
    const semua = Object.keys(DAFTAR_PERAN) as PeranKolom[];
    const bulanan = semua.filter((k) => PERAN_BULANAN.test(k));
    const terpetakanBulanan = bulanan.filter((k) => peran[k] !== undefined).length;
    const tahunLalu = d.peta?.tahunLalu ?? [];
    isi(
      this.peta,
      ...semua.filter((k) => !PERAN_BULANAN.test(k)).map(baris),
      el('details', { kelas: 'lk-sub' }, el('summary', {}, TEKS.kolomBulanan(terpetakanBulanan)), ...bulanan.map(baris)),
      tahunLalu.length ? el('p', { kelas: 'lk-catatan' }, TEKS.kolomTahunLalu(tahunLalu.map((t) => t.tahun))) : null,
    );
    this.bagianPeta.hidden = false;
    this.bagianPeta.open = d.model !== null && !adaRealisasi(d.peta);
  }

  private ubahPeta(k: PeranKolom, nilai: string): void {
    const d = this.d;
    if (!d) return;
    const peran: Partial<Record<PeranKolom, number>> = { ...(d.peta?.peran ?? {}) };
    if (nilai === '') delete peran[k];
    else {
      const j = Number(nilai);
      // a column has one role: the role that had it lets go
      for (const [lain, kol] of Object.entries(peran) as [PeranKolom, number][]) if (kol === j && lain !== k) delete peran[lain];
      peran[k] = j;
    }
    const peta: PetaKolom = { peran, tahunLalu: d.peta?.tahunLalu ?? [] };
    // the sheet is read again with this mapping where the pipeline runs (in the page: its worker)
    void this.kerja(async () => {
      this.d = await this.mesin.deteksi(d.lembar, peta, (t, b) => this.langkah(t, b));
      this.tampilkanBacaan();
    }).finally(() => {
      const kini = this.d?.peta?.peran ?? {};
      for (const s of Array.from(this.peta.querySelectorAll<HTMLSelectElement>('select[data-peran]'))) {
        const kol = kini[s.dataset.peran as PeranKolom];
        s.value = kol === undefined ? '' : String(kol);
      }
    });
  }

  // ---- the three actions ----

  private async isiTabel(): Promise<void> {
    await this.kerja(async () => {
      const d = this.d;
      if (!d?.model) throw new Error(d ? d.tanpaModel : TEKS.pilihLembarIndikator);
      const tabel = Array.from(this.tabel.querySelectorAll<HTMLInputElement>('input:checked'), (c) => c.value);
      if (tabel.length === 0) throw new Error(TEKS.centangTabel);
      const pilihan = { skema: this.pilihanSkema(), tingkat: this.tingkat.value as Tingkat, periode: this.periode.value as Periode };
      const hasil = await this.mesin.isiTabel(d, pilihan, tabel, (t, b) => this.langkah(t, b));
      this.tampilkanIsi(hasil, d.lembar);
      const [pertama] = hasil.lembar;
      if (pertama !== undefined) await this.host.pilihSel(pertama, 'A1');
    });
  }

  private async laporan(): Promise<void> {
    await this.kerja(async () => {
      const d = this.d;
      const unduh = this.host.unduh;
      if (!unduh) throw new Error(TEKS.laporanTakDapat);
      if (!d?.model) throw new Error(d ? d.tanpaModel : TEKS.pilihLembarIndikator);
      const pilihan = { skema: this.pilihanSkema(), tingkat: this.tingkat.value as Tingkat, periode: this.periode.value as Periode };
      const kemajuan = (t: string, b?: number) => this.langkah(t, b);
      // the charts are drawn here, where a canvas can draw an SVG (the web page's pipeline runs in a worker)
      const svg = await this.mesin.grafikLaporan(d, pilihan, kemajuan);
      kemajuan(TEKS.menggambarGrafik, 0.4);
      const gambar: Uint8Array[] = [];
      for (const s of svg) gambar.push(await rasterKanvas(s, LEBAR_RASTER));
      const data = await this.mesin.laporan(d, pilihan, gambar, kemajuan);
      const nama = namaLaporan(this.host.berkas?.namaBuka() ?? null);
      kemajuan(TEKS.mengunduh, 0.9);
      await unduh(nama, data);
      kemajuan(TEKS.selesai, 1);
      isi(this.hasil, el('section', { kelas: 'lk-ringkasan' }, el('h2', {}, TEKS.judulLaporan), el('p', {}, TEKS.laporanDiunduh(nama))));
    });
  }

  private async periksa(): Promise<void> {
    await this.kerja(async () => {
      const lembar = this.lembar.value;
      if (!lembar) throw new Error(TEKS.pilihLembarPeriksa);
      const { temuan, masalah, skema } = await this.mesin.periksa(lembar, this.pilihanSkema(), (t, b) => this.langkah(t, b));
      isi(
        this.hasil,
        el(
          'section',
          { kelas: 'lk-ringkasan' },
          el('h2', {}, TEKS.judulPeriksa(lembar)),
          el('p', { kelas: temuan.length ? 'lk-angka lk-buruk' : 'lk-angka lk-baik' }, TEKS.hasilPeriksa(temuan.length)),
          el(
            'p',
            { kelas: 'lk-catatan' },
            (temuan.length ? this.teksUnduhan(TEKS_BERKAS.tandai) : null) ?? TEKS.catatanPeriksa(temuan.length, skema),
          ),
        ),
        temuan.length ? daftarTemuan(temuan, this.pilih) : null,
        masalah.length ? daftarMasalah(TEKS.catatan(masalah.length), masalah, lembar, this.pilih) : null,
      );
    });
  }

  private async templat(): Promise<void> {
    await this.kerja(async () => {
      const [lembar] = await this.mesin.buatTemplat((t, b) => this.langkah(t, b));
      const diunduh = this.teksUnduhan(TEKS_BERKAS.templat);
      if (diunduh || lembar === undefined)
        return isi(this.hasil, el('section', { kelas: 'lk-ringkasan' }, el('h2', {}, TEKS.templatDibuat), el('p', {}, diunduh)));
      isi(
        this.hasil,
        el(
          'section',
          { kelas: 'lk-ringkasan' },
          el('h2', {}, TEKS.templatDibuat),
          el('p', {}, TEKS.templatLangkah[0], tautanLembar(lembar, this.pilih), TEKS.templatLangkah[1]),
        ),
      );
      await this.host.pilihSel(lembar, 'A1');
    });
  }

  private pilihanSkema(): PilihanSkema {
    return this.skema.value === SKEMA_RENTANG ? { rentang: this.rentangSkema.value } : { kode: this.skema.value };
  }

  private tampilkanSkema(): void {
    const rentang = this.skema.value === SKEMA_RENTANG;
    this.barisRentang.hidden = !rentang;
    const skema = rentang ? null : cariSkema(this.skema.value);
    this.namaSkema.textContent = skema === null ? TEKS.keteranganRentang : isGalat(skema) ? skema.pesan : skema.nama;
  }

  private tampilkanIsi(h: RingkasIsi, lembarIndikator: string): void {
    const { lembar, dilewati, skema, tanpaAngka } = h;
    const masalah = h.masalah.filter((m) => m.baris > 0 && !m.catatan);
    isi(
      this.hasil,
      el(
        'section',
        { kelas: 'lk-ringkasan' },
        el('h2', {}, TEKS.npsUnit),
        el(
          'p',
          { kelas: 'lk-angka' },
          h.unit.nps === null ? '–' : formatAngka(h.unit.nps),
          h.unit.kriteria ? chip(h.unit.kriteria, skema) : null,
        ),
        el('p', { kelas: 'lk-catatan lk-rapat' }, TEKS.rataRata(h.tingkat, namaPeriode(h.periode), skema.kode)),
        el(
          'table',
          { kelas: 'lk-rekap' },
          el('thead', {}, el('tr', {}, ...TEKS.kepalaRekap.map((t) => el('th', {}, t)))),
          el(
            'tbody',
            {},
            ...skema.pita.map((p, k) =>
              el(
                'tr',
                {},
                el('td', {}, el('span', { kelas: 'lk-pita' }, contoh(p.warna), el('span', {}, p.label))),
                el('td', {}, h.rekap[k]?.indikator ?? 0),
                el('td', {}, h.rekap[k]?.sasaran ?? 0),
              ),
            ),
          ),
        ),
        tanpaAngka.length ? el('p', { kelas: 'lk-catatan' }, TEKS.tanpaAngka(tanpaAngka.length)) : null,
        el('h2', {}, TEKS.tabelDitulis(lembar.length)),
        this.teksUnduhan(TEKS_BERKAS.isi) ? el('p', { kelas: 'lk-catatan lk-rapat' }, this.teksUnduhan(TEKS_BERKAS.isi)) : null,
        el('ul', { kelas: 'lk-tautan' }, ...lembar.map((n) => el('li', {}, tautanLembar(n, this.pilih)))),
        dilewati.length
          ? el(
              'details',
              { kelas: 'lk-sub' },
              el('summary', {}, TEKS.tabelDilewati(dilewati.length)),
              el('ul', { kelas: 'lk-lewati' }, ...dilewati.map((x) => el('li', {}, el('b', {}, namaTabel(x.id)), `: ${x.alasan}`))),
            )
          : null,
      ),
      daftarPemberitahuan(h.masalah, h.pemberitahuan, lembarIndikator, this.pilih),
      tanpaAngka.length
        ? el(
            'section',
            { kelas: 'lk-daftar' },
            el('h2', {}, TEKS.belumAdaAngka(tanpaAngka.length)),
            ...daftarTerbatas(tanpaAngka, (i) =>
              butir(TEKS.barisIndikator(i.baris, i.nama), i.keterangan, { lembar: lembarIndikator, sel: i.sel }, this.pilih, 'lk-butir lk-info'),
            ),
          )
        : null,
      masalah.length ? daftarMasalah(TEKS.masalahLembar(masalah.length), masalah, lembarIndikator, this.pilih) : null,
    );
  }

  // ---- busy state, progress and messages ----

  private readonly pilih = (lembar: string, sel: string): void => {
    this.host.pilihSel(lembar, sel).catch((e: unknown) => this.galat(e));
  };

  /** Runs one action with the buttons off and the progress line on; false when it failed. */
  private async kerja(f: () => Promise<void>): Promise<boolean> {
    if (this.sibuk) return false;
    this.sibuk = true;
    this.aturTombol();
    this.pesan.hidden = true;
    this.langkah(TEKS.mulai, 0);
    try {
      await f();
      if (this.hasil.firstChild) this.hasil.scrollIntoView({ block: 'start', behavior: 'smooth' });
      return true;
    } catch (e) {
      this.galat(e);
      return false;
    } finally {
      this.sibuk = false;
      this.aturTombol();
      this.kemajuan.hidden = true;
      this.tampilkanBerkas();
      const tertunda = this.berkasTertunda;
      this.berkasTertunda = null;
      if (tertunda) void this.bukaBerkas(tertunda);
    }
  }

  /** All off while busy; Isi tabel needs an indicator table, Periksa works on any sheet. */
  private aturTombol(): void {
    for (const b of Object.values(this.tombol)) b.disabled = this.sibuk;
    if (!this.d?.model) this.tombol.isi.disabled = this.tombol.laporan.disabled = true;
    if (this.host.berkas) {
      this.tombolBerkas.disabled = this.sibuk;
      // without an open file only the template can be made
      if (this.host.berkas.namaBuka() === null)
        this.tombol.periksa.disabled = this.tombol.deteksi.disabled = this.tombol.laporan.disabled = true;
    }
  }

  /** The open file's name (after Isi tabel, the filled workbook is the open one). */
  private tampilkanBerkas(): void {
    const nama = this.host.berkas?.namaBuka();
    this.namaBerkas.textContent = nama ? TEKS_BERKAS.terbuka(nama) : '';
  }

  /** On a file host, what was downloaded; null elsewhere. */
  private teksUnduhan(teks: (nama: string) => string): string | null {
    const nama = this.host.berkas?.unduhanTerakhir();
    return nama ? teks(nama) : null;
  }

  private langkah(teks: string, bagian = 0): void {
    // the bar sits under the buttons, which may be scrolled off a short screen: bring it into view once
    if (this.kemajuan.hidden) {
      this.kemajuan.hidden = false;
      this.kemajuan.scrollIntoView?.({ block: 'nearest' });
    }
    this.teksKemajuan.textContent = teks;
    const persen = Math.round(Math.min(1, Math.max(0, bagian)) * 100);
    this.batang.style.width = `${persen}%`;
    this.kemajuan.setAttribute('aria-valuenow', String(persen));
  }

  private galat(e: unknown): void {
    this.pesan.textContent = e instanceof Error ? e.message : String(e);
    this.pesan.hidden = false;
  }

  private setStatus(teks: string, buruk = false): void {
    this.status.textContent = teks;
    this.status.classList.toggle('lk-buruk', buruk);
  }
}

/** `<nama>-laporan.docx`, as `lapkin laporan` names it beside its input; a generic name where the host has no file name. */
function namaLaporan(berkas: string | null): string {
  return `${berkas ? berkas.replace(/\.(xlsx|xlsm|xls|ods)$/i, '') : 'lapkin'}-laporan.docx`;
}

/** Realisasi comes from its own column or, without one, from the monthly realisasi columns. */
function adaRealisasi(peta: PetaKolom | null): boolean {
  return Object.keys(peta?.peran ?? {}).some((k) => k === 'realisasi' || k.startsWith('realisasiBulan'));
}

function medan(id: string, label: string, ...kontrol: HTMLElement[]): HTMLElement {
  return el('div', { kelas: 'lk-medan' }, el('label', { attr: { for: id } }, label), ...kontrol);
}

function chip(label: string, skema: Skema): HTMLElement {
  const { isi: latar, warnaHuruf } = warnaPita(label, skema);
  const c = el('span', { kelas: 'lk-chip' }, label);
  if (latar) c.style.background = `#${latar}`;
  if (warnaHuruf) c.style.color = `#${warnaHuruf}`;
  if (!latar) c.classList.add('lk-chip-polos');
  return c;
}

/** A small square of a band's colour beside its label. */
function contoh(warna: string | undefined): HTMLElement {
  const k = el('span', { kelas: 'lk-contoh', attr: { 'aria-hidden': 'true' } });
  if (warna) k.style.background = `#${warna}`;
  return k;
}

function namaPeriode(p: Periode): string {
  return PILIHAN_PERIODE.find(([v]) => v === p)?.[1].toLowerCase() ?? p;
}

function namaTabel(id: string): string {
  return (DAFTAR_TABEL as Record<string, string>)[id] ?? id;
}

type Pilih = (lembar: string, sel: string) => void;

function tautanLembar(lembar: string, pilih: Pilih): HTMLElement {
  return el('button', { kelas: 'lk-tautan-lembar', saatKlik: () => pilih(lembar, 'A1') }, lembar);
}

function butir(judul: string, alasan: string, tujuan: { lembar: string; sel: string } | null, pilih: Pilih, jenis = 'lk-butir'): HTMLElement {
  const isiButir = [el('span', { kelas: 'lk-letak' }, judul), el('span', { kelas: 'lk-alasan' }, alasan)];
  return el(
    'li',
    {},
    tujuan
      ? el('button', { kelas: jenis, attr: { title: TEKS.pilihSel(tujuan.sel) }, saatKlik: () => pilih(tujuan.lembar, tujuan.sel) }, ...isiButir)
      : el('div', { kelas: jenis }, ...isiButir),
  );
}

function daftarMasalah(judul: string, masalah: readonly Masalah[], lembar: string, pilih: Pilih): HTMLElement {
  return el('section', { kelas: 'lk-daftar' }, el('h2', {}, judul), ...daftarTerbatas(masalah, (m) => butirMasalah(m, lembar, pilih)));
}

/** What was read or written differently from the raw cells (hidden rows left out, polarity read from
 *  the printed capaian, a text cut to the cell limit, ...): the notes `lapkin isi` prints, in the same
 *  words; a note about a cell leads to it. */
function daftarPemberitahuan(masalah: readonly Masalah[], teks: readonly string[], lembar: string, pilih: Pilih): HTMLElement | null {
  const catatan = masalah.filter((m) => m.catatan);
  const n = catatan.length + teks.length;
  if (n === 0) return null;
  return el(
    'section',
    { kelas: 'lk-daftar' },
    el('h2', {}, TEKS.pemberitahuan(n)),
    ...daftarTerbatas([...catatan, ...teks], (x) =>
      typeof x === 'string'
        ? el('li', {}, el('div', { kelas: 'lk-butir lk-info' }, el('span', { kelas: 'lk-alasan' }, x)))
        : butirMasalah(x, lembar, pilih, 'lk-butir lk-info'),
    ),
  );
}

function butirMasalah(m: Masalah, lembar: string, pilih: Pilih, jenis?: string): HTMLElement {
  const sel = m.baris > 0 ? `${m.kolom || 'A'}${m.baris}` : null;
  const alasan = m.teks ? `${m.alasan} (“${m.teks}”)` : m.alasan;
  return butir(TEKS.letakMasalah(m.baris, m.kolom), alasan, sel ? { lembar, sel } : null, pilih, jenis);
}

function daftarTemuan(temuan: readonly Temuan[], pilih: Pilih): HTMLElement {
  const tampil = (x: number | string) => (typeof x === 'number' ? formatAngka(x) : x === '' ? TEKS.kosong : x);
  return el(
    'section',
    { kelas: 'lk-daftar' },
    el('h2', {}, TEKS.selTidakSesuai(temuan.length)),
    ...daftarTerbatas(temuan, (t) =>
      butir(
        TEKS.letakTemuan(t.sel, t.baris),
        TEKS.temuan(tampil(t.tercetak), tampil(t.seharusnya), t.alasan),
        { lembar: t.lembar, sel: t.sel },
        pilih,
      ),
    ),
  );
}

/** Lists show their first BUTIR_MAKS items and say how many there are: a list of thousands is read in
 *  the workbook (the tables' Keterangan), and laying it out would hold up the panel for a second. */
function daftarTerbatas<T>(daftar: readonly T[], butir: (x: T) => HTMLElement): HTMLElement[] {
  const ul = el('ul', {}, ...daftar.slice(0, BUTIR_MAKS).map(butir));
  return daftar.length > BUTIR_MAKS ? [ul, el('p', { kelas: 'lk-catatan' }, TEKS.daftarTerpotong(BUTIR_MAKS, daftar.length))] : [ul];
}
