// `npm run web`: builds dist/web/lapkin.html and serves it on localhost (any static host works;
// so does opening the file itself).
import { execFileSync } from 'node:child_process';
import { sajikan } from './serve-addin.mjs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8080);
const { url } = await sajikan('dist/web', { port, host: '127.0.0.1' });
console.log(`\nLapkin di peramban: ${url}/lapkin.html  (Ctrl+C untuk berhenti)`);
