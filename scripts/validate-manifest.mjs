// `npm run validate`: checks the built manifest (dist/addin/manifest.xml) without the network.
// office-addin-manifest's own `validate` posts the XML to a Microsoft service; here its offline
// reader parses the manifest, and the checks below cover what an add-in-only manifest with
// custom functions and a shared runtime needs. `--online` also asks that service.
import { OfficeAddinManifest, validateManifest } from 'office-addin-manifest';
import { parseStringPromise } from 'xml2js';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const BATAS = { resid: 32, pendek: 125, panjang: 250, nama: 125, keterangan: 250 };

/** Every problem as one Indonesian line; [] when the manifest is fine. */
export async function periksaManifest(berkas) {
  const masalah = [];
  const teks = await readFile(berkas, 'utf8');
  let xml;
  try {
    xml = await parseStringPromise(teks, { explicitChildren: false });
  } catch (err) {
    return [`${berkas} bukan XML yang sah: ${err.message.split('\n')[0]}`];
  }
  const info = await OfficeAddinManifest.readManifestFile(berkas);
  const app = xml.OfficeApp;
  if (!app) return [`${berkas}: elemen akar harus OfficeApp.`];

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id ?? '')) masalah.push(`Id "${info.id}" bukan GUID.`);
  if (!/^\d+(\.\d+){0,3}$/.test(info.version ?? '')) masalah.push(`Version "${info.version}" tidak sah.`);
  if ((info.displayName ?? '').length === 0 || info.displayName.length > BATAS.nama)
    masalah.push('DisplayName kosong atau lebih dari 125 karakter.');
  if ((info.description ?? '').length === 0 || info.description.length > BATAS.keterangan)
    masalah.push('Description kosong atau lebih dari 250 karakter.');
  if (info.permissions !== 'ReadWriteDocument') masalah.push(`Permissions harus ReadWriteDocument, bukan ${info.permissions}.`);
  if (!(info.hosts ?? []).includes('Workbook')) masalah.push('Host Workbook (Excel) tidak ada.');

  const semua = [];
  jelajah(app, 'OfficeApp', semua);
  const sumber = new Map();
  for (const { nama, induk, attr } of semua) {
    if (/^bt:(Image|Url|String)$/.test(nama) && attr.id) {
      if (sumber.has(attr.id)) masalah.push(`resid "${attr.id}" didefinisikan dua kali.`);
      sumber.set(attr.id, { nama, nilai: attr.DefaultValue ?? '' });
      const batas = induk === 'bt:ShortStrings' ? BATAS.pendek : BATAS.panjang;
      if (nama === 'bt:String' && (attr.DefaultValue ?? '').length > batas) masalah.push(`String "${attr.id}" lebih dari ${batas} karakter.`);
    }
  }
  for (const { nama, attr } of semua) {
    if (!attr.resid) continue;
    if (attr.resid.length > BATAS.resid) masalah.push(`resid "${attr.resid}" lebih dari 32 karakter.`);
    if (!sumber.has(attr.resid)) masalah.push(`resid "${attr.resid}" (di ${nama}) tidak ada di Resources.`);
  }

  const cf = semua.find((e) => e.nama === 'ExtensionPoint' && e.attr['xsi:type'] === 'CustomFunctions');
  if (!cf) masalah.push('ExtensionPoint CustomFunctions tidak ada.');
  const ns = semua.find((e) => e.nama === 'Namespace');
  if (ns?.attr.resid && sumber.get(ns.attr.resid)?.nilai !== 'LAPKIN') masalah.push('Namespace fungsi harus LAPKIN.');
  const runtime = semua.find((e) => e.nama === 'Runtime');
  if (runtime?.attr.lifetime !== 'long') masalah.push('Runtime bersama harus lifetime="long".');
  if (!semua.some((e) => e.nama === 'Set' && e.attr.Name === 'SharedRuntime')) masalah.push('Requirement SharedRuntime 1.1 tidak ada.');

  // every URL must be https and, when it points at the built add-in, at a file that exists
  const dasar = (info.defaultSettings?.sourceLocation ?? '').replace(/\/[^/]*$/, '');
  const dir = path.dirname(berkas);
  const url = semua
    .filter((e) => e.attr.DefaultValue && /^(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|bt:Image|bt:Url)$/.test(e.nama))
    .map((e) => e.attr.DefaultValue);
  for (const u of url) {
    if (!u.startsWith('https://')) masalah.push(`URL "${u}" harus https://.`);
    else if (u.startsWith(`${dasar}/`)) {
      const f = path.join(dir, decodeURI(u.slice(dasar.length + 1)));
      if (!(await ada(f))) masalah.push(`URL "${u}" menunjuk berkas yang tidak dibuat build: ${path.relative(process.cwd(), f)}.`);
      else if (/\.png$/.test(f)) masalah.push(...(await periksaIkon(f, u)));
    }
  }
  return masalah;
}

/** Flattens the xml2js tree into { nama, induk, attr } for every element. */
function jelajah(node, nama, keluar, induk = '') {
  if (typeof node !== 'object' || node === null) return;
  keluar.push({ nama, induk, attr: node.$ ?? {} });
  for (const [k, v] of Object.entries(node)) {
    if (k === '$' || k === '_') continue;
    for (const anak of Array.isArray(v) ? v : [v]) jelajah(anak, k, keluar, nama);
  }
}

/** A PNG whose pixel size matches the size the manifest gives it (icon-32.png is 32×32). */
async function periksaIkon(f, u) {
  const b = await readFile(f);
  if (b.readUInt32BE(0) !== 0x89504e47) return [`${u} bukan PNG.`];
  const [lebar, tinggi] = [b.readUInt32BE(16), b.readUInt32BE(20)];
  const m = /-(\d+)\.png$/.exec(f);
  if (m && (lebar !== Number(m[1]) || tinggi !== Number(m[1]))) return [`${u} berukuran ${lebar}×${tinggi}, bukan ${m[1]}×${m[1]}.`];
  return [];
}

async function ada(f) {
  return stat(f).then(
    (s) => s.isFile(),
    () => false,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const berkas = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/addin/manifest.xml';
  if (!(await ada(berkas))) {
    console.error(`Berkas ${berkas} tidak ada: jalankan npm run build dulu.`);
    process.exit(1);
  }
  const masalah = await periksaManifest(berkas);
  for (const m of masalah) console.error(`✗ ${m}`);
  if (masalah.length === 0) console.log(`${berkas}: sah (pemeriksaan luring).`);
  if (process.argv.includes('--online')) {
    const hasil = await validateManifest(berkas);
    console.log(
      hasil.isValid
        ? 'Layanan validasi Office: diterima.'
        : `Layanan validasi Office menolak:\n${JSON.stringify(hasil.report ?? hasil.statusText, null, 2)}`,
    );
    if (!hasil.isValid) process.exit(1);
  }
  process.exit(masalah.length ? 1 : 0);
}
