// The Word chapter a panel handed over as a download, as the panel tests check it: a zip package
// (PK) holding word/document.xml, whose text is returned (tags dropped) for the test to read.
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';

export async function unduhDocx(page: Page, klik: () => Promise<void>, nama: string): Promise<string> {
  const [unduhan] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), klik()]);
  expect(unduhan.suggestedFilename()).toBe(nama);
  const potongan: Buffer[] = [];
  for await (const b of (await unduhan.createReadStream()) as AsyncIterable<Buffer>) potongan.push(b);
  const data = new Uint8Array(Buffer.concat(potongan));
  expect(String.fromCharCode(data[0]!, data[1]!)).toBe('PK');
  const isi = unzipSync(data);
  expect(Object.keys(isi)).toContain('word/document.xml');
  return strFromU8(isi['word/document.xml']!)
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '');
}
