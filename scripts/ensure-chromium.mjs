// Finds the Chromium the e2e tests drive: $CHROMIUM_PATH, else /usr/bin/chromium. As root with
// apt-get it installs Debian's package; otherwise it stops with one line saying what to do.
// Playwright's own browser download does not work on our machines, so it is never used.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => { try { execSync('command -v apt-get', { stdio: 'ignore' }); return true; } catch { return false; } })();
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get)…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('apt-get could not install chromium; install it yourself or set CHROMIUM_PATH.');
    process.exit(1);
  }
  if (existsSync(wanted)) process.exit(0);
}
console.error(`No Chromium at ${wanted}: install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
process.exit(1);
