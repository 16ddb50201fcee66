// How every tool of this repo (Playwright e2e, the consumer smoke test, the bench) starts Chromium:
// Debian's build (no browser download here), and the flags that keep it off the network, which
// this machine closes (without them it retries refused connections at every start).
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
