import { describe, expect, it } from 'vitest';
import { tabelTeks } from '../../cli/tabel-teks';

describe('tabelTeks', () => {
  it('pads columns to their widest cell, right-aligned where asked', () => {
    expect(tabelTeks([{ judul: 'Nama' }, { judul: 'N', kanan: true }], [['a', '10']])).toBe('Nama   N\n----  --\na     10');
  });

  it('a row wider than the columns keeps to the columns (it threw before)', () => {
    expect(tabelTeks([{ judul: 'A' }], [['x', 'y']])).toBe('A\n-\nx');
  });
});
