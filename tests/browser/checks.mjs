// The browser checks of a built site: `node checks.mjs <public dir>`.
//
// Serves the directory on a free local port with node's http module, then:
//   1. vnu-jar (the W3C Nu HTML Checker) on every generated page: 0 errors;
//   2. axe-core in headless Chromium on the home, list and record pages of both
//      languages and the 404 page: 0 serious or critical violations;
//   3. a walk through the language switcher: / → /en/, a record page to its
//      counterpart and back, with no request to any host but the local one
//      (every request of the whole run is watched);
//   4. screenshots at 360 and 1280 px, asserting the page's scroll width fits
//      the viewport; saved under tests/browser/artifacts/;
//   5. keyboard and no-script basics: the skip link shows when focused, and
//      pages carry no script but their JSON-LD data;
//   6. search on both languages' search pages, with a section filter;
//   7. `zonesite serve`: an open page reloads by itself after its file is edited,
//      and a save with errors shows the error overlay, in Chinese, on a 360 px
//      phone: the terminal's words, no sideways scrolling, axe, keyboard;
//   8. given a second directory (`node checks.mjs <site> <site with images>`, the
//      generated site run.sh makes), vnu on all its pages, and on pages with images in
//      the text, photos in data and covers on a list: axe, no horizontal scroll at
//      360 px, and every image loaded in AVIF at the proportions its attributes give.
// Prints PASS/FAIL per check and ends with `N passed, M failed`.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(process.argv[2] ?? path.join(here, '../../public'));
const imageSite = process.argv[3] ? path.resolve(process.argv[3]) : null;
const artifacts = path.join(here, 'artifacts');
mkdirSync(artifacts, { recursive: true });

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

// ---------------------------------------------------------------- server ----
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.js': 'text/javascript',
  '.avif': 'image/avif', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.pdf': 'application/pdf',
};

function serve(root) {
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!rel.endsWith('/')) {
        res.writeHead(301, { Location: `${rel}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ------------------------------------------------------------------- vnu ----
function htmlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

function runVnu(site, what = '') {
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const pages = htmlFiles(site).length;
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', site], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  let messages = [];
  try {
    messages = JSON.parse(run.stderr || run.stdout || '{"messages":[]}').messages;
  } catch {
    record('vnu runs', false, (run.stderr || run.stdout || String(run.error)).slice(0, 500));
    return;
  }
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  writeFileSync(path.join(artifacts, what ? 'vnu-images.json' : 'vnu.json'), JSON.stringify(messages, null, 2));
  const sample = errors.slice(0, 5)
    .map((m) => `${path.relative(site, fileURLToPath(m.url))}:${m.lastLine}: ${m.message}`).join('\n    ');
  record(`vnu: 0 errors on ${pages} pages${what}`, errors.length === 0 && pages > 0,
    errors.length ? `${errors.length} errors:\n    ${sample}` : '');
}

// --------------------------------------------------------------- browser ----
async function main() {
  if (!existsSync(path.join(site, 'index.html'))) {
    record('the site is built', false, `${site}/index.html is missing`);
    return;
  }
  runVnu(site);

  const { chromium } = require('playwright-core');
  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every request of the run, from every page, is checked against the local origin.
  const foreign = new Set();
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && url !== 'about:blank') {
      foreign.add(url);
    }
  });
  // Nothing may leave the machine even if a page asked for it.
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());

  try {
    const pages = await discoverPages(context, origin);
    await accessibility(context, origin, pages);
    await languageSwitch(context, origin, pages);
    await screenshots(browser, origin, pages);
    await keyboardAndScripts(context, origin, pages);
    await search(context, origin);
    await liveReload(browser);
    await errorOverlay(browser);
    if (imageSite) await imagePages(browser, imageSite);
  } catch (err) {
    record('browser checks ran to the end', false, String(err && err.stack || err));
  } finally {
    record('no request to any host but the local one', foreign.size === 0,
      foreign.size ? [...foreign].slice(0, 10).join(', ') : '');
    await browser.close();
    server.close();
  }
}

// The pages to check: both home pages, every list page the menu links, and the
// first record of each list, found by following links as a visitor would.
async function discoverPages(context, origin) {
  const page = await context.newPage();
  const found = { home: [], list: [], record: [] };
  for (const home of ['/', '/en/']) {
    await page.goto(origin + home);
    found.home.push(home);
    const lists = await page.$$eval('.site-nav a', (as) => as.map((a) => new URL(a.href).pathname));
    for (const list of lists) {
      if (list === home) continue;
      await page.goto(origin + list);
      if (await page.$('.page-section')) {
        found.list.push(list);
        const first = await page.$eval('.items a', (a) => new URL(a.href).pathname).catch(() => null);
        if (first) found.record.push(first);
      } else {
        found.record.push(list);
      }
    }
  }
  await page.close();
  found.record = [...new Set(found.record)];
  record(`found pages to check: ${found.home.length} home, ${found.list.length} list, ${found.record.length} record`,
    found.home.length === 2 && found.list.length >= 2 && found.record.length >= 2);
  return found;
}

async function accessibility(context, origin, pages) {
  const page = await context.newPage();
  const all = [...pages.home, ...pages.list, ...pages.record, '/404.html'];
  let serious = 0;
  const summary = [];
  for (const url of all) {
    await page.goto(origin + url);
    const violations = await axeViolations(page);
    serious += reportAxe(url, violations);
    summary.push({ url, violations });
  }
  writeFileSync(path.join(artifacts, 'axe.json'), JSON.stringify(summary, null, 2));
  await page.close();
  return serious;
}

// axe-core's violations on the open page.
async function axeViolations(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

// One check per page: no serious or critical violation; returns how many there were.
function reportAxe(url, violations) {
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.length - bad.length;
  record(`axe: ${url} has no serious or critical violations`, bad.length === 0,
    bad.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(', ')}`).join('; ')
    + (minor ? `${bad.length ? '; ' : ''}${minor} minor/moderate: ${violations.filter((v) => !bad.includes(v)).map((v) => v.id).join(', ')}` : ''));
  return bad.length;
}

// The switcher leads to the same page in the other language, and back.
async function languageSwitch(context, origin, pages) {
  const page = await context.newPage();
  const pathOf = () => new URL(page.url()).pathname;
  const langOf = () => page.$eval('html', (h) => h.lang);

  await page.goto(`${origin}/`);
  await Promise.all([page.waitForURL('**/en/'), page.click('a.lang-switch')]);
  record('the language switcher leads from / to /en/', pathOf() === '/en/' && (await langOf()) === 'en',
    `at ${pathOf()} (lang=${await langOf()})`);
  await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.click('a.lang-switch')]);
  record('and from /en/ back to /', pathOf() === '/' && (await langOf()) === 'zh-Hans', `at ${pathOf()}`);

  // A record page, reached from the Chinese parks list by following links.
  const start = pages.record.find((p) => !p.startsWith('/en/')) ?? pages.record[0];
  await page.goto(origin + start);
  const title = await page.title();
  const counterpart = start.startsWith('/en/') ? start.slice(3) : `/en${start}`;
  await Promise.all([page.waitForURL((u) => u.pathname === counterpart), page.click('a.lang-switch')]);
  const otherLang = await langOf();
  record(`a record page's switcher leads to its counterpart: ${start} → ${counterpart}`,
    pathOf() === counterpart && otherLang !== '' && otherLang !== 'zh-Hans', `at ${pathOf()} (lang=${otherLang})`);
  await Promise.all([page.waitForURL((u) => u.pathname === start), page.click('a.lang-switch')]);
  record(`and back: ${counterpart} → ${start}`, pathOf() === start && (await page.title()) === title, `at ${pathOf()}`);
  await page.close();
}

// Full-page screenshots at a phone's and a desktop's width; neither may scroll sideways.
async function screenshots(browser, origin, pages) {
  const shots = [
    ['home-zh', '/'], ['home-en', '/en/'],
    ['list-zh', pages.list.find((p) => !p.startsWith('/en/'))], ['list-en', pages.list.find((p) => p.startsWith('/en/'))],
    ['record-zh', pages.record.find((p) => !p.startsWith('/en/'))], ['record-en', pages.record.find((p) => p.startsWith('/en/'))],
    ['parks-zh', '/parks/'], ['initiatives-en', '/en/initiatives/'], ['park-en', firstParkPage(pages)],
    ['404', '/no-such-page/'],
  ].filter(([, url]) => url);
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
    const page = await context.newPage();
    const wide = [];
    for (const [name, url] of shots) {
      await page.goto(origin + url);
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
        inner: window.innerWidth,
      }));
      await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true });
      if (scroll > inner) wide.push(`${url}: ${scroll} > ${inner}`);
      console.log(`     ${width}px ${url}: scrollWidth ${scroll}, viewport ${inner}`);
    }
    record(`no horizontal scroll at ${width} px on ${shots.length} pages (screenshots in tests/browser/artifacts/)`,
      wide.length === 0, wide.join('; '));
    await context.close();
  }
}

function firstParkPage(pages) {
  return pages.record.find((p) => p.startsWith('/en/parks/')) ?? null;
}

async function keyboardAndScripts(context, origin, pages) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const a = document.activeElement;
    const r = a.getBoundingClientRect();
    const style = getComputedStyle(a);
    return {
      cls: a.className, visible: r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth,
      marked: style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.outlineStyle !== 'none',
    };
  });
  record('the first Tab shows the skip link, with a visible focus style',
    skip.cls === 'skip' && skip.visible && skip.marked, JSON.stringify(skip));
  await page.keyboard.press('Enter');
  const focusedMain = await page.evaluate(() => document.activeElement && document.activeElement.id);
  record('the skip link moves focus to the main content', focusedMain === 'zs_main', `focused #${focusedMain}`);

  const scripts = [];
  for (const url of [...pages.home, ...pages.list, ...pages.record]) {
    await page.goto(origin + url);
    const n = await page.$$eval('script:not([type="application/ld+json"])', (s) => s.length);
    if (n) scripts.push(`${url}: ${n}`);
  }
  record('pages need no JavaScript (no script but JSON-LD)', scripts.length === 0, scripts.join('; '));
  await page.close();
}

// Search with Pagefind's own interface on both languages' search pages.
async function search(context, origin) {
  const page = await context.newPage();
  const results = async (url) => {
    await page.goto(origin + url);
    await page.waitForSelector('.pagefind-ui__result-link, .pagefind-ui__message', { timeout: 15000 });
    await page.waitForTimeout(300);
    return page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL(a.href).pathname));
  };
  const cases = [
    ['/search/?q=锂电', '/industries/lithium-batteries/', (p) => !p.startsWith('/en/')],
    ['/search/?q=比亚迪', '/enterprises/byd/', (p) => !p.startsWith('/en/')],
    ['/en/search/?q=lithium', '/en/industries/lithium-batteries/', (p) => p.startsWith('/en/')],
    ['/en/search/?q=BYD', '/en/enterprises/byd/', (p) => p.startsWith('/en/')],
  ];
  for (const [url, want, sameLanguage] of cases) {
    const found = await results(url);
    record(`search ${decodeURI(url)} lists ${want}, in its language only`,
      found.includes(want) && found.every(sameLanguage), found.join(' '));
  }
  // Filtering by section narrows the results.
  const all = await results('/search/?q=锂电');
  let narrowed = [];
  try {
    const label = page.locator('.pagefind-ui__filter-label', { hasText: '企业' }).first();
    if (!(await label.isVisible())) {
      await page.locator('.pagefind-ui__filter-name', { hasText: '栏目' }).first().click();
    }
    await label.click();
    await page.waitForTimeout(800);
    narrowed = await page.$$eval('.pagefind-ui__result-link', (links) => links.map((a) => new URL(a.href).pathname));
  } catch (err) {
    narrowed = [String(err)];
  }
  record('filtering 锂电 by the section 企业 narrows the results to enterprises',
    narrowed.length > 0 && narrowed.length < all.length && narrowed.every((p) => p.startsWith('/enterprises/')),
    `${all.length} → ${narrowed.join(' ')}`);
  await page.close();
}

// `zonesite serve` on a copy of the site: an open page reloads by itself once
// its Markdown file is saved, and shows the new text.
async function liveReload(browser) {
  const root = path.resolve(here, '../..');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'zonesite-serve-'));
  cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
  cpSync(path.join(root, 'themes'), path.join(copy, 'themes'), { recursive: true });
  const server = spawn(path.join(root, 'target/debug/zonesite'), ['serve', '--root', copy, '--port', '0', '--lang', 'en']);
  let log = '';
  server.stderr.on('data', (d) => { log += d; });
  const deadline = Date.now() + 20000;
  while (!/serving at (http:\/\/[^/\s]+)/.test(log) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const address = (log.match(/serving at (http:\/\/[^/\s]+)/) || [])[1];
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${address}/en/parks/nanchuan/`);
    await page.evaluate(() => { window.zonesiteProbe = 'before the edit'; });
    await page.waitForTimeout(300); // the event stream connects
    const file = path.join(copy, 'content/parks/nanchuan.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Nanchuan, reloaded by itself'));
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('reloaded by itself'), null, { timeout: 15000 });
    const probe = await page.evaluate(() => window.zonesiteProbe);
    record('serve: an open page reloads by itself after its file is saved', probe === undefined,
      `window state after the change: ${probe}`);
  } catch (err) {
    record('serve: an open page reloads by itself after its file is saved', false, `${err}\n${log.slice(-800)}`);
  } finally {
    await context.close();
    server.kill();
    rmSync(copy, { recursive: true, force: true });
  }
}

// `zonesite serve --lang zh` on a copy of the site, a page open on a 360 px
// phone: a save with two typing slips of Chinese input shows the overlay, in
// Chinese, with the terminal's words, readable without sideways scrolling
// of the page, usable by keyboard, and passing axe.
async function errorOverlay(browser) {
  const root = path.resolve(here, '../..');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'zonesite-overlay-'));
  cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
  const server = spawn(path.join(root, 'target/debug/zonesite'), ['serve', '--root', copy, '--port', '0', '--lang', 'zh']);
  let log = '';
  server.stderr.on('data', (d) => { log += d; });
  const started = /预览地址：(http:\/\/[^/\s（]+)/;
  const deadline = Date.now() + 20000;
  while (!started.test(log) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const address = (log.match(started) || [])[1];
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const name = 'serve: the error overlay at 360 px in Chinese';
  try {
    await page.goto(`${address}/parks/nanchuan/`);
    await page.waitForTimeout(300); // the event stream connects
    const file = path.join(copy, 'content/parks/nanchuan.yaml');
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(file, yaml.replace(/^location: /m, 'location：').replace(/^industries: /m, 'industries：'));
    await page.waitForSelector('#zonesite-error', { timeout: 15000 });
    const shown = await page.evaluate(() => {
      const overlay = document.getElementById('zonesite-error');
      const heads = [...overlay.querySelectorAll('.zs-head')];
      return {
        lang: overlay.lang,
        text: overlay.innerText,
        heads: heads.map((h) => h.textContent),
        pageScroll: document.scrollingElement.scrollWidth,
        overlayScroll: overlay.scrollWidth - overlay.clientWidth,
        wrapped: heads.every((h) => h.scrollWidth <= h.clientWidth),
        focused: document.activeElement?.id,
      };
    });
    await page.screenshot({ path: path.join(artifacts, 'overlay-zh-360.png') });
    record(`${name}: shown in Chinese`, shown.lang === 'zh-Hans' && shown.text.includes('构建失败')
      && shown.heads.filter((h) => h.includes('错误：')).length === 2
      && shown.heads.filter((h) => h.includes('错误：')).every((h) => h.includes('错误：这里用了全角冒号')),
      JSON.stringify(shown.heads));
    const terminal = shown.heads.every((h) => log.includes(h));
    record(`${name}: the same words as the terminal`, terminal, `${JSON.stringify(shown.heads)}\n${log.slice(-1200)}`);
    record(`${name}: no sideways scrolling`, shown.pageScroll <= 360 && shown.overlayScroll <= 0 && shown.wrapped,
      JSON.stringify(shown));
    reportAxe(`${address}/parks/nanchuan/ with the overlay`, await axeViolations(page));
    // Keyboard: focus starts on the title; Tab reaches the quoted lines and then Close, which hides it.
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'BUTTON'
        && document.activeElement.closest('#zonesite-error') !== null);
    }
    if (reached) await page.keyboard.press('Enter');
    const closed = await page.evaluate(() => !document.getElementById('zonesite-error'));
    record(`${name}: focus on its title, closed by keyboard`, shown.focused === 'zonesite-error-title' && reached && closed,
      `focused ${shown.focused}, reached ${reached}, closed ${closed}`);
  } catch (err) {
    record(name, false, `${err}\n${log.slice(-800)}`);
  } finally {
    await context.close();
    server.kill();
    rmSync(copy, { recursive: true, force: true });
  }
}

// The generated site with images: a zh and an en page of each way a page
// shows images (in the text, photos in data, covers on a list's cards).
async function imagePages(browser, dir) {
  runVnu(dir, ' of the generated site with images');
  const found = { text: [], data: [], list: [] };
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const kind = html.includes('class="item-cover"') ? 'list'
      : html.includes('<figure class="photo cover">') ? 'data'
        : html.includes('<div class="body"') && html.includes('<picture>') ? 'text' : null;
    if (!kind) continue;
    const url = `/${path.relative(dir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const en = url.startsWith('/en/');
    if (!found[kind].some((u) => u.startsWith('/en/') === en)) found[kind].push(url);
  }
  const urls = [...found.text, ...found.data, ...found.list];
  record('the generated site has zh and en pages with images in the text, photos in data and covers',
    urls.length === 6, urls.join(' '));
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      const foreign = [];
      context.on('request', (req) => { if (!req.url().startsWith(`${origin}/`)) foreign.push(req.url()); });
      await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(origin + url);
        if (width === 1280) reportAxe(url, await axeViolations(page));
        // Scroll through the page so that lazy images load, then wait for them.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 40));
          }
        });
        await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 15000 });
        const images = await page.evaluate(() => [...document.images].map((i) => ({
          src: decodeURI(i.currentSrc), natural: [i.naturalWidth, i.naturalHeight],
          attrs: [Number(i.getAttribute('width')), Number(i.getAttribute('height'))],
        })));
        const bad = images.filter(({ src, natural: [nw, nh], attrs: [w, h] }) => !(nw > 0 && w > 0 && h > 0
          && src.endsWith('.avif') && Math.abs(nw / nh - w / h) < 0.01));
        record(`${width}px ${decodeURI(url)}: ${images.length} images load in AVIF at the proportions of their width and height`,
          images.length > 0 && bad.length === 0, JSON.stringify(bad.slice(0, 3)));
        const { scroll, inner } = await page.evaluate(() => ({
          scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), inner: window.innerWidth,
        }));
        const name = `images-${url.startsWith('/en/') ? 'en' : 'zh'}-${Object.keys(found).find((k) => found[k].includes(url))}-${width}.png`;
        await page.screenshot({ path: path.join(artifacts, name), fullPage: true });
        if (width === 360) {
          record(`360px ${decodeURI(url)}: no horizontal scroll`, scroll <= inner, scroll > inner ? `${scroll} > ${inner}` : "");
        }
      }
      record(`${width}px pages with images request nothing from another host`, foreign.length === 0, foreign.slice(0, 5).join(' '));
      await context.close();
    }
  } finally {
    server.close();
  }
}

await main();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`\n${failed ? 'FAILED' : 'ok'}: browser checks`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
