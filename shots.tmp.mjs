import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3100';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
async function as(email, shots, width = 1280) {
  const ctx = await b.newContext({ viewport: { width, height: 900 } });
  const p = await ctx.newPage();
  await p.goto(base + '/app/signin');
  await p.getByLabel('Email').fill(email);
  await p.getByLabel('Password').fill('demo-password-123');
  await p.getByRole('button', { name: /sign in/i }).click();
  await p.waitForTimeout(1500);
  for (const [url, file] of shots) {
    await p.goto(base + url);
    await p.waitForTimeout(2000);
    await p.screenshot({ path: file, fullPage: true });
  }
  await ctx.close();
}
await as(process.argv[2], JSON.parse(process.argv[3]), Number(process.argv[4] ?? 1280));
await b.close();
