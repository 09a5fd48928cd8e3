// The esbuild options every browser bundle shares (the add-in, the Sheets sidebar, the web page):
// one IIFE for ES2020 browsers, minified, without legal comments.
export const BUNDEL_PERAMBAN = Object.freeze({
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
});
