// The same generated site built with one search index per language and with
// its index in many shards, searched through the search page's own interface:
// every query finds the same pages either way, in Chinese and in English, with
// the same excerpts, and the section filter counts the same. `serve` and `record` are checks.mjs's.

const QUERIES = [
  ['/search/', '碳酸锂'], ['/search/', '光伏组件'], ['/search/', '冷链物流'], ['/search/', '锂电'],
  ['/en/search/', 'lithium'], ['/en/search/', 'logistics'], ['/en/search/', 'photovoltaic'],
  ['/en/search/', 'standard factory'],
];

// Every result of a search (each page once, with the sub-results of its
// headings), after pressing "load more" until Pagefind's count of pages is
// shown, and the filter labels with their counts.
async function allResults(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => /\d/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''),
    null, { timeout: 30000 });
  const message = await page.textContent('.pagefind-ui__message');
  const total = Number(message.match(/\d+/)[0]);
  const shown = () => page.$$eval('.pagefind-ui__result', (rs) => rs.length);
  for (let i = 0; i < 400 && (await shown()) < total; i++) {
    const more = page.locator('.pagefind-ui__button');
    if (await more.count()) await more.first().click();
    await page.waitForTimeout(50);
  }
  const links = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => new URL(a.href).pathname + new URL(a.href).hash));
  const filters = await page.$$eval('.pagefind-ui__filter-label', (ls) => ls.map((l) => l.textContent.trim()));
  const excerpts = await page.$$eval('.pagefind-ui__result-excerpt', (es) => es.map((e) => e.textContent.trim()));
  return {
    message, total, shown: await shown(),
    links: [...links].sort(), filters: [...filters].sort(), excerpts: [...excerpts].sort(),
  };
}

export async function shardedSearch(browser, oneDir, shardedDir, serve, record) {
  const [one, sharded] = [await serve(oneDir), await serve(shardedDir)];
  const origin = (server) => `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((url) => !url.href.startsWith('http://127.0.0.1:'), (route) => route.abort());
  const page = await context.newPage();
  try {
    const shardCount = await context.request.get(`${origin(sharded)}/pagefind/shards.json`)
      .then((r) => r.json())
      .then((lists) => Object.values(lists).flat().length);
    record(`the sharded build merges ${shardCount} shards beside the roots`, shardCount >= 4);
    for (const [search, query] of QUERIES) {
      const url = `${search}?q=${encodeURIComponent(query)}`;
      const before = await allResults(page, origin(one) + url);
      const after = await allResults(page, origin(sharded) + url);
      const same = JSON.stringify(before) === JSON.stringify(after);
      const missing = before.links.filter((l) => !after.links.includes(l));
      const extra = after.links.filter((l) => !before.links.includes(l));
      record(`search ${search}?q=${query}: the same ${before.total} pages (${before.links.length} links), excerpts and filter counts from shards as from one index`,
        same && before.total > 0 && before.shown === before.total,
        same ? '' : `${before.message} / ${after.message}; missing ${missing.slice(0, 5).join(' ')} extra ${extra.slice(0, 5).join(' ')}; filters ${before.filters} / ${after.filters}`);
    }
  } finally {
    await context.close();
    one.close();
    sharded.close();
  }
}
