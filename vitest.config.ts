import { defineConfig } from 'vitest/config';

// The suite runs in a zone with a half-hour offset and DST, so no test passes only in UTC.
process.env.TZ = 'America/St_Johns';

const pgUrl = process.env.TEST_POSTGRES_URL;
const browser = process.env.BROWSER_TESTS === '1';
if (process.env.CI === 'true' && (!pgUrl || !browser)) {
  // In CI nothing may be skipped silently.
  throw new Error('CI must set TEST_POSTGRES_URL and BROWSER_TESTS=1 so that every suite runs.');
}

const server = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'sqlite', include: server, env: { TEST_DB: 'sqlite' }, testTimeout: 20_000 } },
      ...(pgUrl
        ? [{ test: { name: 'postgres', include: server, env: { TEST_DB: 'postgres' }, testTimeout: 20_000 } }]
        : []),
      ...(browser
        ? [
            {
              test: {
                name: 'browser',
                include: ['test/e2e/**/*.test.ts'],
                env: { TEST_DB: 'sqlite' },
                globalSetup: ['test/e2e/global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
