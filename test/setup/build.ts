import { execFileSync } from 'node:child_process';

// The hosts are tested through the bundles they really load, so build them first.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
}
