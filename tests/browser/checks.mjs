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
//      pages carry no script but their JSON-LD data and the theme's care.js;
//   5b. care mode (长者模式): the control speaks the page's language; a stored
//      choice is applied before the body is parsed; keyboard alone operates it;
//      the choice holds on the next page; text steps to 200 %; each setting and
//      all together show their computed effect and pass axe (high contrast with
//      axe's 7:1 rule) in Chinese and English; 200 % reflows at 360 px; without
//      JavaScript the control is not shown and the pages and links work;
//   6. search on both languages' search pages, with a section filter, and with
//      its results on a 360 px phone: no sideways scrolling, axe;
//   7. `zonesite serve`: an open page reloads by itself after its file is edited,
//      and a save with errors shows the error overlay, in Chinese, on a 360 px
//      phone: the terminal's words, no sideways scrolling, axe, keyboard;
//   8. given a second directory (`node checks.mjs <site> <site with images>`, the
//      generated site run.sh makes), vnu on all its pages, and on pages with images in
//      the text, photos in data and covers on a list: axe, no horizontal scroll at
//      360 px (also in care mode with every setting on), and every image loaded in
//      AVIF at the proportions its attributes give.
//   9. given a third and fourth (the same generated site with one search index
//      per language and in shards), the same results for the same queries.
// Prints PASS/FAIL per check and ends with `N passed, M failed`.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardedSearch } from './shards.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(process.argv[2] ?? path.join(here, '../../public'));
const imageSite = process.argv[3] ? path.resolve(process.argv[3]) : null;
// The same generated site with one index per language and in shards.
const [oneIndexSite, shardedSite] = [process.argv[4], process.argv[5]].map((d) => d && path.resolve(d));
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
    await careMode(browser, origin, pages);
    await search(context, origin);
    await narrowSearch(browser, origin);
    await liveReload(browser);
    await errorOverlay(browser);
    if (imageSite) await imagePages(browser, imageSite);
    if (shardedSite) await shardedSearch(browser, oneIndexSite, shardedSite, serve, record);
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
  const found = { home: [], list: [], record: [], other: [] };
  for (const home of ['/', '/en/']) {
    await page.goto(origin + home);
    found.home.push(home);
    // The site map, which every footer links, and the Traditional Chinese
    // version of the page, where the site has one.
    found.other.push(...await page.$$eval('.footer-links a[href$="sitemap/"], a.lang-variant', (as) => as.map((a) => new URL(a.href).pathname)));
    const lists = await page.$$eval('.site-nav a', (as) => as.map((a) => new URL(a.href).pathname));
    for (const list of lists) {
      if (list === home) continue;
      await page.goto(origin + list);
      if (await page.$('.page-section')) {
        found.list.push(list);
        const first = await page.$eval('.items a', (a) => new URL(a.href).pathname).catch(() => null);
        if (first) found.record.push(first);
        // A policy section's browse page, linked from its list.
        const browse = await page.$eval('.browse-link a', (a) => new URL(a.href).pathname).catch(() => null);
        if (browse) found.other.push(browse);
      } else {
        found.record.push(list);
      }
    }
  }
  await page.close();
  found.record = [...new Set(found.record)];
  found.other = [...new Set(found.other)];
  record(`found pages to check: ${found.home.length} home, ${found.list.length} list, ${found.record.length} record, ${found.other.length} other`,
    found.home.length === 2 && found.list.length >= 2 && found.record.length >= 2 && found.other.length >= 2);
  return found;
}

async function accessibility(context, origin, pages) {
  const page = await context.newPage();
  const all = [...pages.home, ...pages.list, ...pages.record, ...pages.other, '/404.html'];
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
// With `enhancedContrast`, axe's 7:1 rule (color-contrast-enhanced, WCAG AAA) runs too.
async function axeViolations(page, { enhancedContrast = false } = {}) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (enhanced) => {
    const rules = enhanced ? { 'color-contrast-enhanced': { enabled: true } } : {};
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'], rules });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, enhancedContrast);
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

  // The one script a page runs is the theme's own care.js, fingerprinted, from the
  // site itself; no inline code and no inline event handler.
  const scripts = [];
  for (const url of [...pages.home, ...pages.list, ...pages.record]) {
    await page.goto(origin + url);
    const found = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((s) => s.type !== 'application/ld+json')
        .map((s) => ({ src: s.src, inline: s.textContent.trim() !== '', head: s.parentElement === document.head })),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name))
        .filter((name) => name.startsWith('on')),
    }));
    const own = (s) => !s.inline && s.head && new RegExp(`^${origin}/care\\.[0-9a-f]{20}\\.js$`).test(s.src);
    if (found.scripts.length !== 1 || !found.scripts.every(own) || found.handlers.length) {
      scripts.push(`${url}: ${JSON.stringify(found)}`);
    }
  }
  record('no script but JSON-LD and the theme\'s own care.js (no inline code or event handlers)',
    scripts.length === 0, scripts.join('; '));
  await page.close();
}

// ------------------------------------------------------------- care mode ----
// Care mode (长者模式): the top bar's control for larger text, high contrast,
// wider line spacing and a large cursor, remembered in localStorage. Each check
// looks at what the visitor gets (computed sizes, colours, cursors), not at
// class names.
const CARE_KEY = 'zonesite-care';
const CARE_ALL = { text: 200, contrast: true, spacing: true, cursor: true };

// The interface strings of the default theme, `key: text` a line.
function themeStrings(lang) {
  const file = path.resolve(here, `../../themes/default/i18n/${lang}.yaml`);
  const strings = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^([a-z_]+): (.*)$/);
    if (m) strings[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  return strings;
}

// A context whose visitor chose `state` on an earlier visit (null: never), that
// requests nothing from another host; what it tried is added to `foreign`.
async function careContext(browser, origin, state, foreign, options = {}) {
  const storageState = state ? {
    cookies: [], origins: [{ origin, localStorage: [{ name: CARE_KEY, value: JSON.stringify(state) }] }],
  } : undefined;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState, ...options });
  context.on('request', (req) => { if (!req.url().startsWith(`${origin}/`)) foreign.push(req.url()); });
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  return context;
}

// What care mode changes, as computed on the open page.
function careEffects(page) {
  return page.evaluate(() => {
    const style = (e) => (e ? getComputedStyle(e) : null);
    const text = document.querySelector('main .body p, main p:not([class])') ?? document.querySelector('main');
    const link = document.querySelector('main a[href]');
    const button = document.querySelector('.care-toggle');
    const t = style(text);
    return {
      rootSize: parseFloat(style(document.documentElement).fontSize),
      textSize: parseFloat(t.fontSize),
      lineHeight: parseFloat(t.lineHeight) / parseFloat(t.fontSize),
      background: style(document.body).backgroundColor,
      mainBackground: style(document.querySelector('main')).backgroundColor,
      color: t.color,
      linkColor: style(link)?.color,
      cursor: style(document.body).cursor,
      textCursor: t.cursor,
      linkCursor: style(link)?.cursor,
      buttonCursor: style(button)?.cursor,
      pressed: Object.fromEntries([...document.querySelectorAll('.care [data-care]')]
        .map((b) => [b.dataset.care, b.getAttribute('aria-pressed')])),
      size: document.querySelector('.care-size-value')?.textContent,
      stored: localStorage.getItem('zonesite-care'),
    };
  });
}

// Does `effects` show `state`, every setting as the visitor sees it? Empty when so.
function careMismatch(effects, state) {
  const want = { text: 100, contrast: false, spacing: false, cursor: false, ...state };
  const wrong = [];
  if (Math.abs(effects.rootSize - 16 * want.text / 100) > 0.01) wrong.push(`root font-size ${effects.rootSize}px`);
  if (want.contrast !== (effects.background === 'rgb(0, 0, 0)' && effects.mainBackground === 'rgb(0, 0, 0)'
    && effects.color === 'rgb(255, 255, 255)' && (effects.linkColor ?? 'rgb(255, 255, 0)') === 'rgb(255, 255, 0)')) {
    wrong.push(`colours ${effects.color} on ${effects.background}/${effects.mainBackground}, links ${effects.linkColor}`);
  }
  if (want.spacing !== effects.lineHeight >= 2) wrong.push(`line-height ${effects.lineHeight.toFixed(2)}`);
  const large = /cursor\.svg"\) 6 4, auto$/.test(effects.cursor) && /cursor\.svg"\) 6 4, auto$/.test(effects.textCursor)
    && /cursor-pointer\.svg"\) 16 4, pointer$/.test(effects.linkCursor ?? 'cursor-pointer.svg") 16 4, pointer')
    && /cursor-pointer\.svg"\) 16 4, pointer$/.test(effects.buttonCursor);
  if (want.cursor !== large) wrong.push(`cursors ${effects.cursor} / ${effects.linkCursor} / ${effects.buttonCursor}`);
  for (const key of ['contrast', 'spacing', 'cursor']) {
    if (effects.pressed[key] !== String(want[key])) wrong.push(`${key} aria-pressed=${effects.pressed[key]}`);
  }
  if (effects.size !== `${want.text}%`) wrong.push(`size shown ${effects.size}`);
  return wrong;
}

async function openCare(page) {
  if ((await page.getAttribute('.care-toggle', 'aria-expanded')) !== 'true') await page.click('.care-toggle');
  await page.waitForSelector('#zs_care:not([hidden])');
}

async function careMode(browser, origin, pages) {
  const foreign = [];
  const zhRecord = pages.record.find((p) => !p.startsWith('/en/'));
  const enRecord = pages.record.find((p) => p.startsWith('/en/'));
  const strings = { zh: themeStrings('zh'), en: themeStrings('en') };

  // The control speaks the page's language, with the theme's strings.
  {
    const context = await careContext(browser, origin, null, foreign);
    const page = await context.newPage();
    const wrong = [];
    for (const [url, lang] of [['/', 'zh'], ['/en/', 'en'], [zhRecord, 'zh'], ['/no-such-page/', 'zh']]) {
      await page.goto(origin + url);
      await openCare(page);
      const shown = await page.evaluate(() => ({
        toggle: document.querySelector('.care-toggle').textContent.trim(),
        label: document.getElementById('zs_care').getAttribute('aria-label'),
        buttons: [...document.querySelectorAll('#zs_care button')].map((b) => b.textContent.trim()),
      }));
      const s = strings[lang];
      const want = [s.care_text_larger, s.care_text_smaller, s.care_contrast, s.care_spacing, s.care_cursor, s.care_reset, s.care_close];
      if (shown.toggle !== s.care_mode || shown.label !== s.care_settings || JSON.stringify(shown.buttons) !== JSON.stringify(want)) {
        wrong.push(`${url}: ${JSON.stringify(shown)}`);
      }
    }
    record('care mode: the control is on every page, in the page\'s language, with the theme\'s strings',
      wrong.length === 0, wrong.join('; '));
    await context.close();
  }

  // A remembered choice is on <html> before the body is parsed, so before the first paint.
  {
    const context = await careContext(browser, origin, CARE_ALL, foreign);
    await context.addInitScript(() => {
      new MutationObserver((records, observer) => {
        if (!document.body) return;
        const html = document.documentElement;
        window.careAtBody = { text: html.getAttribute('data-care-text'), classes: html.className };
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/en/`);
    const atBody = await page.evaluate(() => window.careAtBody);
    const headScript = await page.$eval('head script[src*="/care."]', (s) => !s.async && !s.defer && s.type === '');
    record('care mode: a remembered choice is applied before the body is parsed (no flash)',
      headScript && atBody?.text === '200' && ['care-contrast', 'care-spacing', 'care-cursor'].every((c) => atBody.classes.includes(c)),
      JSON.stringify({ headScript, atBody }));
    await context.close();
  }

  // Keyboard alone: Tab reaches the toggle after the skip link and the language
  // switch, Enter opens the panel, Enter and Space press its buttons, Esc closes it
  // and gives focus back to the toggle.
  {
    const context = await careContext(browser, origin, null, foreign);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const order = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => document.activeElement.className);
      order.push(at);
      if (at === 'care-toggle') break;
    }
    const focusStyle = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { outline: `${s.outlineStyle} ${s.outlineWidth}`, background: s.backgroundColor };
    });
    const steps = [];
    const state = () => page.evaluate(() => ({
      focused: document.activeElement.textContent.trim(),
      expanded: document.querySelector('.care-toggle').getAttribute('aria-expanded'),
      open: !document.getElementById('zs_care').hidden,
      rootSize: getComputedStyle(document.documentElement).fontSize,
      pressed: document.querySelector('[data-care="contrast"]').getAttribute('aria-pressed'),
      background: getComputedStyle(document.body).backgroundColor,
      spacing: document.querySelector('[data-care="spacing"]').getAttribute('aria-pressed'),
      lineHeight: parseFloat(getComputedStyle(document.querySelector('main p')).lineHeight)
        / parseFloat(getComputedStyle(document.querySelector('main p')).fontSize),
    }));
    await page.keyboard.press('Enter');
    steps.push(['Enter on the toggle opens the panel', (s) => s.expanded === 'true' && s.open, await state()]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    steps.push(['Tab, Enter: 字号加大 makes the text 125 %', (s) => s.focused === strings.zh.care_text_larger && s.rootSize === '20px', await state()]);
    await page.keyboard.press('Space');
    steps.push(['Space: 150 %', (s) => s.rootSize === '24px', await state()]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    steps.push(['Tab, Enter: 字号减小 back to 125 %', (s) => s.focused === strings.zh.care_text_smaller && s.rootSize === '20px', await state()]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    steps.push(['Tab, Space: 高对比度 pressed, the page black', (s) => s.focused === strings.zh.care_contrast && s.pressed === 'true' && s.background === 'rgb(0, 0, 0)', await state()]);
    await page.keyboard.press('Enter');
    steps.push(['Enter: 高对比度 released', (s) => s.pressed === 'false' && s.background !== 'rgb(0, 0, 0)', await state()]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    steps.push(['Tab, Enter: 行距加宽 pressed, lines 2× apart', (s) => s.focused === strings.zh.care_spacing && s.spacing === 'true' && s.lineHeight >= 2, await state()]);
    await page.keyboard.press('Escape');
    steps.push(['Esc closes the panel, focus back on the toggle', (s) => !s.open && s.expanded === 'false' && s.focused === strings.zh.care_mode, await state()]);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    steps.push(['six Tabs reach 恢复默认', (s) => s.focused === strings.zh.care_reset, await state()]);
    await page.keyboard.press('Enter');
    steps.push(['Enter: 恢复默认 restores 100 % and normal spacing, the panel stays open', (s) => s.rootSize === '16px' && s.spacing === 'false' && s.lineHeight < 2 && s.open, await state()]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    steps.push(['Tab, Enter: 关闭 closes it, focus back on the toggle', (s) => !s.open && s.focused === strings.zh.care_mode, await state()]);
    const failed = steps.filter(([, ok, s]) => !ok(s));
    // The languages: Traditional Chinese where the site has it, then the other.
    const languages = order.includes('lang-variant') ? ['lang-variant', 'lang-switch'] : ['lang-switch'];
    record('care mode: Tab reaches the toggle after the skip link and the languages, with a visible focus',
      JSON.stringify(order) === JSON.stringify(['skip', ...languages, 'care-toggle'])
        && (focusStyle.outline.startsWith('solid') || focusStyle.background !== 'rgba(0, 0, 0, 0)'),
      JSON.stringify({ order, focusStyle }));
    record(`care mode: operable by keyboard alone (${steps.length} steps, aria-pressed and the page follow)`,
      failed.length === 0, failed.map(([name, , s]) => `${name}: ${JSON.stringify(s)}`).join('; '));
    await context.close();
  }

  // The choice is remembered from page to page, in both languages, and reset forgets it.
  {
    const context = await careContext(browser, origin, null, foreign);
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await openCare(page);
    await page.click('[data-care-step="1"]');
    await page.click('[data-care-step="1"]');
    await page.click('[data-care="contrast"]');
    await page.click('[data-care="cursor"]');
    const chosen = { text: 150, contrast: true, cursor: true };
    await Promise.all([page.waitForURL('**/parks/'), page.click('.site-nav a[href$="/parks/"]')]);
    await openCare(page);
    const next = careMismatch(await careEffects(page), chosen);
    await Promise.all([page.waitForURL('**/en/parks/'), page.click('a.lang-switch')]);
    await openCare(page);
    const other = careMismatch(await careEffects(page), chosen);
    record('care mode: the choice holds on the next page and in the other language',
      next.length === 0 && other.length === 0, `next: ${next.join(', ')}; English: ${other.join(', ')}`);
    await page.click('.care-reset');
    const reset = await careEffects(page);
    await page.goto(`${origin}/`);
    await openCare(page);
    const after = careMismatch(await careEffects(page), {});
    record('care mode: 恢复默认 forgets the choice, on this page and the next',
      careMismatch(reset, {}).length === 0 && reset.stored === null && after.length === 0,
      `${careMismatch(reset, {}).join(', ')} stored ${reset.stored}; next: ${after.join(', ')}`);
    await context.close();
  }

  // Text size steps 100 → 200 % and stops there; each step changes every size.
  {
    const context = await careContext(browser, origin, null, foreign);
    const page = await context.newPage();
    await page.goto(origin + zhRecord);
    await openCare(page);
    const sizes = [];
    const ratios = new Set();
    for (let i = 0; i < 5; i++) {
      const e = await careEffects(page);
      sizes.push(`${e.size}:${e.rootSize}`);
      ratios.add((e.textSize / e.rootSize).toFixed(3));
      // At 200 % the button says it is disabled (aria-disabled): pressed anyway, it does nothing.
      await page.click('[data-care-step="1"]', { force: i === 4 });
    }
    const top = await page.evaluate(() => ({
      size: document.querySelector('.care-size-value').textContent,
      larger: document.querySelector('[data-care-step="1"]').getAttribute('aria-disabled'),
      h1: parseFloat(getComputedStyle(document.querySelector('h1')).fontSize),
    }));
    const want = ['100%:16', '125%:20', '150%:24', '175%:28', '200%:32'];
    record('care mode: 字号加大 steps the root font-size 100, 125, 150, 175, 200 % and stops there; the text follows',
      JSON.stringify(sizes) === JSON.stringify(want) && ratios.size === 1 && top.size === '200%' && top.larger === 'true' && top.h1 >= 50,
      JSON.stringify({ sizes, ratios: [...ratios], top }));
    await context.close();
  }

  // Each setting alone, and all together, shows as it should and passes axe, in
  // Chinese and English, with the panel open. With high contrast, axe's 7:1 rule
  // (color-contrast-enhanced, WCAG AAA) runs too.
  const states = [
    ['text 200 %', { text: 200 }], ['high contrast', { contrast: true }], ['wider spacing', { spacing: true }],
    ['large cursor', { cursor: true }], ['all on', CARE_ALL],
  ];
  for (const [name, state] of states) {
    const context = await careContext(browser, origin, state, foreign);
    const page = await context.newPage();
    const wrong = [];
    for (const url of ['/', '/en/', zhRecord, enRecord, '/no-such-page/']) {
      await page.goto(origin + url);
      await openCare(page);
      const mismatch = careMismatch(await careEffects(page), state);
      if (mismatch.length) wrong.push(`${url}: ${mismatch.join(', ')}`);
      if (url === '/no-such-page/') continue;
      reportAxe(`care mode ${name}: ${url}`, await axeViolations(page, { enhancedContrast: state.contrast === true }));
    }
    if (state.cursor) {
      const cursors = await page.evaluate(async () => Promise.all(['cursor.svg', 'cursor-pointer.svg'].map(async (f) => {
        const r = await fetch(new URL(f, document.querySelector('link[href*="/care."]').href));
        const svg = await r.text();
        return `${f} ${r.status} ${r.headers.get('content-type')} ${/<svg[^>]* width="48" height="48"/.test(svg)}`;
      })));
      if (!cursors.every((c) => c.endsWith('200 image/svg+xml true'))) wrong.push(`cursors: ${cursors.join(', ')}`);
    }
    record(`care mode ${name}: computed sizes, colours, spacing and cursors as chosen on 5 pages`, wrong.length === 0, wrong.join('; '));
    await context.close();
  }

  // Text at 200 % (alone and with everything else on) reflows on a 360 px phone:
  // no horizontal scroll, with the panel and every <details> open.
  for (const [name, state] of [['200 %', { text: 200 }], ['all on', CARE_ALL]]) {
    const context = await careContext(browser, origin, state, foreign, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const urls = ['/', '/en/', pages.list.find((p) => !p.startsWith('/en/')), pages.list.find((p) => p.startsWith('/en/')),
      zhRecord, enRecord, '/parks/', firstParkPage(pages), '/no-such-page/'].filter(Boolean);
    const wide = [];
    for (const url of urls) {
      await page.goto(origin + url);
      await openCare(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const { scroll, inner, root } = await page.evaluate(() => ({
        scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
        inner: window.innerWidth, root: getComputedStyle(document.documentElement).fontSize,
      }));
      if (scroll > inner || root !== '32px') wide.push(`${url}: ${scroll} > ${inner} at ${root}`);
    }
    await page.goto(`${origin}/en/`);
    await openCare(page);
    await page.screenshot({ path: path.join(artifacts, `care-${name === 'all on' ? 'all' : 'text200'}-en-360.png`), fullPage: true });
    record(`care mode ${name}: no horizontal scroll at 360 px on ${urls.length} pages, panel and details open`,
      wide.length === 0, wide.join('; '));
    await context.close();
  }

  // Without JavaScript the control is not shown, a stored choice changes nothing,
  // and the pages, their text and their links are all there.
  {
    const withJs = await careContext(browser, origin, null, foreign);
    const noJs = await careContext(browser, origin, CARE_ALL, foreign, { javaScriptEnabled: false });
    const a = await withJs.newPage();
    const page = await noJs.newPage();
    const wrong = [];
    for (const url of ['/', '/en/', zhRecord, enRecord]) {
      await a.goto(origin + url);
      await page.goto(origin + url);
      const withText = await a.$eval('main', (m) => m.innerText);
      const shown = await page.evaluate(() => ({
        text: document.querySelector('main').innerText,
        control: [...document.querySelectorAll('.care-toggle, #zs_care, #zs_care button')]
          .filter((e) => e.getClientRects().length > 0).length,
        rootSize: getComputedStyle(document.documentElement).fontSize,
        links: [...document.querySelectorAll('a[href]')].filter((e) => e.getClientRects().length > 0).length,
      }));
      if (shown.control || shown.text !== withText || shown.rootSize !== '16px' || shown.links < 10) {
        wrong.push(`${url}: ${JSON.stringify({ ...shown, text: shown.text.length, withText: withText.length })}`);
      }
    }
    await page.goto(`${origin}/`);
    await Promise.all([page.waitForURL('**/parks/'), page.click('.site-nav a[href$="/parks/"]')]);
    const listed = await page.$$eval('.items a', (as) => as.length);
    await Promise.all([page.waitForURL('**/en/parks/'), page.click('a.lang-switch')]);
    const english = await page.$eval('html', (h) => h.lang);
    record('care mode without JavaScript: no control shown, the same text, links lead on',
      wrong.length === 0 && listed > 0 && english === 'en', `${wrong.join('; ')} parks listed ${listed}, lang ${english}`);
    await withJs.close();
    await noJs.close();
  }

  record('care mode requests nothing from another host', foreign.length === 0, foreign.slice(0, 5).join(' '));
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
    ['/zh-hant/search/?q=鋰電', '/zh-hant/industries/lithium-batteries/', (p) => p.startsWith('/zh-hant/')],
  ];
  for (const [url, want, sameLanguage] of cases) {
    const found = await results(url);
    record(`search ${decodeURI(url)} lists ${want}, in its language only`,
      found.includes(want) && found.every(sameLanguage), found.join(' '));
    // The search page with its results, Pagefind's box and filters included.
    reportAxe(decodeURI(url), await axeViolations(page));
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

// The search pages on a 360 px phone, results and filters shown: nothing
// scrolls sideways and axe finds nothing serious.
async function narrowSearch(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  const page = await context.newPage();
  for (const url of ['/search/?q=锂电', '/en/search/?q=lithium']) {
    await page.goto(origin + url);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15000 });
    await page.waitForTimeout(300);
    const { scroll, inner, results } = await page.evaluate(() => ({
      scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      inner: window.innerWidth,
      results: document.querySelectorAll('.pagefind-ui__result-link').length,
    }));
    const name = url.startsWith('/en/') ? 'search-en-360' : 'search-zh-360';
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
    record(`360px ${decodeURI(url)}: ${results} results, no horizontal scroll`,
      results > 0 && scroll <= inner, scroll > inner ? `${scroll} > ${inner}` : "");
    reportAxe(`360px ${decodeURI(url)}`, await axeViolations(page));
  }
  await context.close();
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
    // Care mode with every setting on, text at 200 %: images, credits and tables
    // of the text reflow at 360 px too.
    const foreign = [];
    const context = await careContext(browser, origin, CARE_ALL, foreign, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const wide = [];
    for (const url of urls) {
      await page.goto(origin + url);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      const { scroll, inner } = await page.evaluate(() => ({
        scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), inner: window.innerWidth,
      }));
      if (scroll > inner) wide.push(`${decodeURI(url)}: ${scroll} > ${inner}`);
    }
    record(`care mode all on: no horizontal scroll at 360 px on ${urls.length} pages with images`,
      wide.length === 0 && foreign.length === 0, [...wide, ...foreign].join('; '));
    await context.close();
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
