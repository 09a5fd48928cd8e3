// Debian's Chromium as every browser test and the web bench start it: headless, no sandbox (root),
// and the background-networking features off, since this machine's closed network refuses them.
export const OPSI_CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
