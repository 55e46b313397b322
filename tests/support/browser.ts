// Finds a Chromium-family browser for the journeys: CHROME_PATH, Debian's chromium, or an installed Chrome.
// On Debian/Ubuntu as root with none present it installs Debian's chromium with apt-get; otherwise it says
// exactly what to run. Never downloads a browser build of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

export function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/** Returns a browser path, installing Debian's chromium if we can; throws with the command to run if we cannot. */
export function ensureBrowser(log: (s: string) => void = console.log): string {
  const found = findBrowser();
  if (found) return found;
  if (isDebianLike() && process.getuid?.() === 0) {
    log('No browser found: installing Debian chromium with apt-get (one time)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (r.status === 0 && findBrowser()) return findBrowser()!;
  }
  throw new Error(`No Chromium or Chrome browser was found for the browser tests.\nInstall one with:\n  ${INSTALL_COMMAND}\nor set CHROME_PATH to a Chrome or Chromium executable.`);
}

export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
