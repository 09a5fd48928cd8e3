// The chapter's chart size, shared by the chapter and the panels that draw its charts (kept apart
// from bab.ts so a panel's thread can know it without loading the .docx library).

/** Printed width of a chart in the chapter, in pixels at 96 dpi (≈ 16 cm, the A4 text width). */
export const LEBAR_GAMBAR = 600;
/** Charts are drawn at twice their printed width, sharp on paper. */
export const LEBAR_RASTER = LEBAR_GAMBAR * 2;
