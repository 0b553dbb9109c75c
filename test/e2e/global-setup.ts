import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Browser journeys drive the real built app: build it once if it is missing. */
export default function setup(): void {
  if (!existsSync('dist/web/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (!existsSync('/usr/bin/chromium'))
    throw new Error('Browser tests need /usr/bin/chromium (apt-get install -y chromium).');
}
