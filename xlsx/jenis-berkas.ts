// Which kind of workbook a file is, by its first bytes (never by its name alone): an OOXML
// package, an OpenDocument package, an old binary workbook, or something else.

export type JenisBerkas = 'xlsx' | 'ods' | 'xls' | 'lain';

const MIME_ODS = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

export function jenisBerkas(data: Uint8Array): JenisBerkas {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) {
    // an OpenDocument package starts with its uncompressed "mimetype" entry
    const awal = String.fromCharCode(...data.subarray(30, 30 + MIME_ODS.length));
    return awal === MIME_ODS ? 'ods' : 'xlsx';
  }
  // an OLE container: .xls, or an encrypted .xlsx (the reader of old formats tells them apart)
  if (data.length >= 8 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'xls';
  return 'lain';
}
