// The directory as a professional on the phone uses it: search near a postal code, see the results on a map,
// gather services on an orientation sheet, reopen it from its link and print it; and the same without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, useBrowser } from './server.mjs';

const server = useServer();
const browser = useBrowser();

test('a search near a postal code shows markers and fills an orientation sheet that its link reopens', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(new URL('directory?lang=fr', server.url).href);
    await page.fill('#q', 'sante mentale');
    await page.fill('#postcode', '1060');
    await Promise.all([page.waitForNavigation(), page.click('main form[role=search] button[type=submit]')]);
    const results = page.locator('main .result');
    assert.ok(await results.count() > 0, 'results');
    await page.waitForFunction(() => document.querySelectorAll('.result-map .leaflet-marker-icon').length > 0, null,
                               { timeout: 10_000 });
    const first = await results.first().locator('h3').innerText();
    await Promise.all([page.waitForNavigation(), results.first().locator('form button').click()]);
    assert.match(await page.locator('.flash').innerText(), /fiche/);
    const sheetLink = await page.locator('main .sheet-link a').getAttribute('href');
    assert.match(sheetLink, /^\/directory\/sheets\/[A-Za-z0-9_-]+$/);
    assert.deepEqual(pageErrors, [], 'no script error');

    const other = await browser.newContext();
    try {
      const p2 = await other.newPage();
      await p2.goto(new URL(sheetLink.replace(/^\//, ''), server.url).href);
      assert.equal(await p2.locator('main .sheet-item h2').first().innerText(), first);
      assert.ok(await p2.locator('[data-print]').isVisible(), 'the print button appears with JavaScript');
      await p2.emulateMedia({ media: 'print' });
      assert.equal(await p2.locator('main form').first().isVisible(), false, 'forms are not printed');
    } finally {
      await other.close();
    }
  } finally {
    await context.close();
  }
});

test('the directory works without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(new URL('directory?q=cpas&lang=nl', server.url).href);
    assert.ok(await page.locator('main .result').count() > 0);
    await Promise.all([page.waitForNavigation(), page.locator('main .facets a').first().click()]);
    assert.ok(await page.locator('main .facets a.active').count() === 1, 'the chosen facet is marked');
    await Promise.all([page.waitForNavigation(), page.locator('main .result h3 a').first().click()]);
    assert.match(new URL(page.url()).pathname, /^\/directory\/services\//);
    assert.ok(await page.locator('main .facts').isVisible());
  } finally {
    await context.close();
  }
});
