// The chapter's sasaran headings: numbered once, whether or not the sheet already numbers its sasaran.
import { describe, expect, it } from 'vitest';
import { PESAN_DOCX } from '../../docx/pesan';

describe('PESAN_DOCX.sasaran', () => {
  it('numbers a plain name, and drops a sheet number equal to its own', () => {
    expect(PESAN_DOCX.sasaran(2, 'Meningkatnya kepuasan pemangku kepentingan')).toBe('Sasaran 2: Meningkatnya kepuasan pemangku kepentingan');
    expect(PESAN_DOCX.sasaran(2, '2. Meningkatnya kepuasan')).toBe('Sasaran 2: Meningkatnya kepuasan');
  });

  it('keeps a name the sheet already numbers as a sasaran, never "Sasaran 1: Sasaran 1: ..."', () => {
    expect(PESAN_DOCX.sasaran(1, 'Sasaran 1: Meningkatnya efektivitas pengawasan obat dan makanan')).toBe(
      'Sasaran 1: Meningkatnya efektivitas pengawasan obat dan makanan',
    );
    expect(PESAN_DOCX.sasaran(3, 'Sasaran Strategis 3 - Terwujudnya tata kelola')).toBe('Sasaran Strategis 3 - Terwujudnya tata kelola');
    expect(PESAN_DOCX.sasaran(4, 'SS 4. Meningkatnya kualitas layanan')).toBe('SS 4. Meningkatnya kualitas layanan');
    // a name that only begins with the word is still numbered
    expect(PESAN_DOCX.sasaran(5, 'Sasaran mutu tercapai')).toBe('Sasaran 5: Sasaran mutu tercapai');
  });
});
