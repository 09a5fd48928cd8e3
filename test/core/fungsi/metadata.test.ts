// Each spreadsheet function declares itself once, beside its body (METADATA in core/fungsi); the
// build writes Excel's declarations and the Apps Script stubs from it.
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as F from '../../../core/fungsi/index';
import { FUNGSI, METADATA_FUNGSI } from '../../../core/fungsi/index';
// @ts-expect-error: a build script without type declarations
import { deklarasiExcel } from '../../../scripts/metadata-fungsi.mjs';

describe('METADATA_FUNGSI', () => {
  it('declares every function, in the fixed order, with its body exported under the same id', () => {
    expect(FUNGSI).toEqual(['CAPAIAN', 'NPS', 'KRITERIA', 'EFISIENSI', 'SERAPAN', 'TARGET_TW', 'IKM', 'ANGKA']);
    for (const m of METADATA_FUNGSI) {
      const f = (F as unknown as Record<string, (...a: unknown[]) => unknown>)[m.id];
      expect(typeof f, m.id).toBe('function');
      expect(f!.length, m.id).toBe(m.parameter.length);
    }
  });

  it('puts optional parameters last and NPS and IKM alone as one value', () => {
    for (const m of METADATA_FUNGSI) {
      const pertamaOpsional = m.parameter.findIndex((p) => 'opsional' in p && p.opsional);
      if (pertamaOpsional >= 0)
        expect(
          m.parameter.slice(pertamaOpsional).every((p) => 'opsional' in p && p.opsional),
          m.id,
        ).toBe(true);
    }
    expect(METADATA_FUNGSI.filter((m) => m.hasil.dimensi === 'scalar').map((m) => m.id)).toEqual(['NPS', 'IKM']);
  });

  it('turns into declarations custom-functions-metadata reads without an error, as functions.json has them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lapkin-fungsi-'));
    try {
      const berkas = path.join(dir, 'functions.ts');
      writeFileSync(berkas, deklarasiExcel(METADATA_FUNGSI));
      const hasil = await generateCustomFunctionsMetadata(berkas);
      expect(hasil.errors).toEqual([]);
      const json = JSON.parse(hasil.metadataJson);
      expect(json.functions.map((f: { id: string }) => f.id)).toEqual(FUNGSI);
      const capaian = json.functions[0];
      expect(capaian).toEqual({
        description: METADATA_FUNGSI[0].keterangan,
        id: 'CAPAIAN',
        name: 'CAPAIAN',
        parameters: [
          { description: METADATA_FUNGSI[0].parameter[0].keterangan, dimensionality: 'matrix', name: 'realisasi', type: 'any' },
          { description: METADATA_FUNGSI[0].parameter[1].keterangan, dimensionality: 'matrix', name: 'target', type: 'any' },
          { description: METADATA_FUNGSI[0].parameter[2].keterangan, dimensionality: 'matrix', name: 'polaritas', optional: true, type: 'any' },
          { description: METADATA_FUNGSI[0].parameter[3].keterangan, name: 'batas_atas', optional: true, type: 'any' },
        ],
        result: { dimensionality: 'matrix' },
      });
      // the built add-in carries exactly these declarations
      const dist = JSON.parse(readFileSync(path.resolve(__dirname, '../../../dist/addin/functions.json'), 'utf8'));
      expect(dist.functions).toEqual(json.functions);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a comment-closing sequence out of the generated JSDoc', () => {
    const teks = deklarasiExcel([{ id: 'X', keterangan: 'a */ b', parameter: [], hasil: { dimensi: 'scalar', keterangan: 'c' } }]);
    expect(teks).toContain(' * a * / b\n');
    expect(teks).toContain('declare function X(): any;');
  });
});
