// Time from opening a search page with its query to the first result showing.
//
// Usage: node scripts/search-latency.mjs OUTPUT_DIR [DELAY_MS]
// Serves OUTPUT_DIR (a built site) with node's http module, DELAY_MS before each
// response (0 by default), and opens /search/?q=碳酸锂, /en/search/?q=lithium and
// /search/?q=光伏组件 in headless Chromium (/usr/bin/chromium), each three times in
// a new browser context; prints the times and the requests one page made. Needs
// the browser checks' npm packages (bash tests/browser/run.sh installs them).
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(new URL('../tests/browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const root = path.resolve(process.argv[2]);
const delay = Number(process.argv[3] || 0);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  let file = path.join(root, path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  setTimeout(() => {
    if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  }, delay);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
for (const url of ['/search/?q=碳酸锂', '/en/search/?q=lithium', '/search/?q=光伏组件']) {
  const times = [];
  let requests = 0;
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    requests = 0;
    page.on('requestfinished', () => { requests++; });
    const started = Date.now();
    await page.goto(origin + url);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 60000 });
    times.push(Date.now() - started);
    await context.close();
  }
  console.log(`${url}: ${times.join(', ')} ms to the first result; ${requests} requests`);
}
await browser.close();
server.close();
