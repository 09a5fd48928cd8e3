// `npm start`: builds, serves dist/addin at https://localhost:3000 with the Office development
// certificates, and sideloads the add-in into Excel desktop where there is one (Windows, macOS).
// Anywhere else it keeps serving and says how to load the manifest into Excel on the web.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { localhostCertificatePath, localhostKeyPath } from 'office-addin-dev-certs/lib/defaults.js';
import { startDebugging } from 'office-addin-debugging';
import { sajikan } from './serve-addin.mjs';

const MANIFEST = 'dist/addin/manifest.xml';
const PORT = 3000;

execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
const tls = await sertifikat();
try {
  await sajikan('dist/addin', { port: PORT, host: 'localhost', tls });
} catch (err) {
  gagal(
    err.code === 'EADDRINUSE'
      ? `Port ${PORT} sudah dipakai program lain: hentikan program itu lalu ulangi npm start.`
      : `Server tidak dapat dijalankan: ${err.message}`,
  );
}
console.log(`Lapkin disajikan di https://localhost:${PORT}/taskpane.html (Ctrl+C untuk berhenti).`);

if (process.platform === 'win32' || process.platform === 'darwin') {
  try {
    await startDebugging(MANIFEST, { appType: 'desktop', app: 'excel', enableDebugging: false, enableLiveReload: false, enableSideload: true });
    console.log('Excel dibuka dengan add-in Lapkin; panel ada di tab Beranda > Lapkin.');
  } catch (err) {
    console.error(`Add-in tidak dapat dimuat ke Excel secara otomatis: ${err.message.split('\n')[0]}`);
    console.error(petunjukWeb());
  }
} else {
  console.log(`Excel desktop tidak tersedia di sistem ini, jadi add-in tidak dimuat otomatis.\n${petunjukWeb()}`);
}

function petunjukWeb() {
  return `Untuk Excel di web: buka buku kerja, pilih Sisipkan > Add-in > Unggah Add-in Saya, lalu pilih ${MANIFEST}.`;
}

/** The development certificates, installing the CA when needed; without sudo, the generated ones. */
async function sertifikat() {
  try {
    return await getHttpsServerOptions();
  } catch (err) {
    if (existsSync(localhostCertificatePath) && existsSync(localhostKeyPath)) {
      console.error(
        `Sertifikat pengembangan dibuat tetapi belum dipercaya sistem (${err.message.split('\n')[0]}).\n` +
          'Jalankan "npx office-addin-dev-certs install" dengan hak administrator agar Excel mau memuat https://localhost:3000.',
      );
      return { cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath) };
    }
    gagal(`Sertifikat pengembangan tidak dapat dibuat: ${err.message.split('\n')[0]}`);
  }
}

function gagal(pesan) {
  console.error(pesan);
  process.exit(1);
}
