// The DrawingML chart part (xl/charts/chartN.xml) of one table chart: clustered bars, one colour per
// series or per point (the kriteria colours), and the reference line (100 %) as a line series over
// the same categories. Values are cached in the part, so a reader that does not recompute (or a
// viewer) shows them; the formulas point at the table's cells.
import type { DataGrafik } from '../../core/index';
import { rujukanKolom, xmlTeks } from './xml';

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const AXIS_KATEGORI = 111;
const AXIS_NILAI = 222;
/** Values on the bars only while they stay legible. */
const LABEL_NILAI_MAKS = 40;

/**
 * `rujukanAcuan`: the cells holding the reference line's values, one per point (e.g. a column of 100s).
 * Without it the values are literal (c:numLit), which Excel draws but LibreOffice drops.
 */
export function xmlChart(data: DataGrafik, lembar: string, rujukanAcuan?: string): string {
  return [...potonganChart(data, lembar, rujukanAcuan)].join('');
}

/** Characters of point XML gathered before a piece is handed on. */
const POTONGAN = 64 * 1024;

/** The points' XML in pieces of some 64 K characters: a chart of 100,000 points never sits whole in memory. */
function* perTitik<T>(daftar: readonly T[], xml: (x: T, i: number) => string): Generator<string> {
  let potongan = '';
  for (let i = 0; i < daftar.length; i++) {
    potongan += xml(daftar[i]!, i);
    if (potongan.length >= POTONGAN) {
      yield potongan;
      potongan = '';
    }
  }
  yield potongan;
}

/** xmlChart's text in pieces, made as they are read (the package writer deflates them one by one: the chart never sits whole in memory). */
export function* potonganChart(data: DataGrafik, lembar: string, rujukanAcuan?: string): Generator<string> {
  const n = data.baris.length;
  function* kategori(): Generator<string> {
    yield `<c:cat><c:strRef><c:f>${xmlTeks(rujukanKolom(lembar, data.kolomLabel, data.baris))}</c:f><c:strCache><c:ptCount val="${n}"/>`;
    yield* perTitik(data.kategori, (k, i) => `<c:pt idx="${i}"><c:v>${xmlTeks(k)}</c:v></c:pt>`);
    yield `</c:strCache></c:strRef></c:cat>`;
  }
  const bulat = data.seri.every((s) => s.nilai.every((v) => v === null || Number.isInteger(v)));
  const labelNilai =
    n * data.seri.length <= LABEL_NILAI_MAKS
      ? `<c:dLbls><c:numFmt formatCode="${bulat ? '#,##0' : '#,##0.00'}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
        `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>` +
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
      : '';
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:roundedCorners val="0"/>` +
    `<c:chart>${judul(data.judul, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>`
  );
  for (const [i, s] of data.seri.entries()) {
    yield `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlTeks(s.nama)}</c:v></c:tx>${isi(s.warna)}<c:invertIfNegative val="0"/>`;
    yield* perTitik(s.warnaTitik, (w, j) =>
      w === null ? '' : `<c:dPt><c:idx val="${j}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${isi(w)}</c:dPt>`,
    );
    yield labelNilai;
    yield* kategori();
    yield `<c:val><c:numRef><c:f>${xmlTeks(rujukanKolom(lembar, s.kolom, data.baris))}</c:f><c:numCache><c:formatCode>${bulat ? '0' : '0.00'}</c:formatCode><c:ptCount val="${n}"/>`;
    yield* perTitik(s.nilai, (v, j) => (v === null ? '' : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`));
    yield `</c:numCache></c:numRef></c:val></c:ser>`;
  }
  yield `<c:gapWidth val="60"/><c:overlap val="0"/><c:axId val="${AXIS_KATEGORI}"/><c:axId val="${AXIS_NILAI}"/></c:barChart>`;
  const acuanNilai = data.garisAcuan;
  if (acuanNilai !== null) {
    yield (
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="${data.seri.length}"/><c:order val="${data.seri.length}"/>` +
      `<c:tx><c:v>${xmlTeks(`Target ${acuanNilai} %`)}</c:v></c:tx>` +
      `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="dash"/><a:round/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="none"/></c:marker>`
    );
    yield* kategori();
    yield `<c:val>`;
    yield* garisNilai(acuanNilai, n, rujukanAcuan);
    yield (
      `</c:val><c:smooth val="0"/></c:ser>` + `<c:marker val="1"/><c:axId val="${AXIS_KATEGORI}"/><c:axId val="${AXIS_NILAI}"/></c:lineChart>`
    );
  }
  // a legend only when it tells something: several series, or the reference line
  // a single series in kriteria colours has no one colour to show: only the line is listed
  const tanpaSeri =
    data.seri.length === 1 && data.seri[0]?.warnaTitik.some((w) => w !== null)
      ? '<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>'
      : '';
  const legenda =
    data.seri.length > 1 || acuanNilai !== null ? `<c:legend><c:legendPos val="b"/>${tanpaSeri}<c:overlay val="0"/></c:legend>` : '';
  yield (
    `<c:catAx><c:axId val="${AXIS_KATEGORI}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `${data.judulKategori ? judul(data.judulKategori, 900) : ''}<c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${AXIS_NILAI}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${AXIS_NILAI}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${data.judulNilai ? judul(data.judulNilai, 900) : ''}<c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${AXIS_KATEGORI}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${legenda}<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

function* garisNilai(nilai: number, n: number, rujukan: string | undefined): Generator<string> {
  yield rujukan === undefined ? '<c:numLit>' : `<c:numRef><c:f>${xmlTeks(rujukan)}</c:f><c:numCache>`;
  yield `<c:formatCode>General</c:formatCode><c:ptCount val="${n}"/>`;
  const titik = `<c:v>${nilai}</c:v></c:pt>`;
  yield* perTitik(
    Array.from({ length: n }, (_, j) => j),
    (j) => `<c:pt idx="${j}">${titik}`,
  );
  yield rujukan === undefined ? '</c:numLit>' : '</c:numCache></c:numRef>';
}

function isi(warna: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`;
}

function judul(teks: string, ukuran: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${ukuran}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="${ukuran}" b="1"/><a:t>${xmlTeks(teks)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}
