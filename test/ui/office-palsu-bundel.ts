// The fake office.js (test/ui/office-palsu.ts) as one script a test serves at office.js's address.
import { build } from 'esbuild';
import path from 'node:path';

export async function bundelOfficePalsu(): Promise<string> {
  const hasil = await build({
    entryPoints: [path.join(__dirname, 'office-palsu.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'error',
    plugins: [
      {
        // office-addin-mock asks office-addin-manifest only for the host names
        name: 'office-app',
        setup(b) {
          b.onResolve({ filter: /^office-addin-manifest$/ }, () => ({ path: 'office-app', namespace: 'palsu' }));
          b.onLoad({ filter: /.*/, namespace: 'palsu' }, () => ({
            contents: 'export const OfficeApp = { Excel: "excel", Outlook: "outlook" };',
          }));
        },
      },
    ],
  });
  return hasil.outputFiles[0]!.text;
}
