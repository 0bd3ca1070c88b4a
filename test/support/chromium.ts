/**
 * Debian's chromium (`apt-get install chromium`, installed by .ci/run) driven by playwright-core,
 * launched the one way every browser test needs on these machines: headless, no sandbox (root),
 * and no background networking (the machine's closed network refuses it).
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
