// Browser tests and PDF reports drive Debian's Chromium; install it when it is missing.
import { aptInstall, exists } from './lib.mjs';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium() {
  if (exists(CHROMIUM)) return;
  aptInstall(['chromium', 'fonts-liberation'], 'The browser tests and PDF reports');
  if (!exists(CHROMIUM)) throw new Error(`Installed chromium but ${CHROMIUM} is still missing.`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
