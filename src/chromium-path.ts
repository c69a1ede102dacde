import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/**
 * The Chromium that the build (diagrams) and the end-to-end tests drive: $CHROMIUM_PATH if set, else Playwright's
 * own browser where it is installed, else the system's /usr/bin/chromium (Debian's package). Undefined when
 * none of these exists, in which case Playwright's own (missing) browser is what a launch would try.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for running as root in a container whose only network is loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
