// The directory as a professional on the phone uses it: search near a postal code, see the results on a map,
// gather services on an orientation sheet, reopen it from its link and print it; and the same without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { useServer, useBrowser, login, DEMO } from './server.mjs';

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
    await Promise.all([page.waitForNavigation(), results.first().locator('button[form="sheet-add"]').click()]);
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

test('a professional searches "ocmw anderlecht", filters by language, fills a sheet, switches it to Dutch and prints it',
     async () => {
  const context = await browser.newContext();
  const shots = await mkdtemp(path.join(tmpdir(), 'maillage-print-'));
  try {
    const page = await context.newPage();
    await login(page, server.url, DEMO.professional);
    await page.goto(new URL('directory?lang=fr', server.url).href);
    await page.fill('#q', 'ocmw anderlecht');
    await Promise.all([page.waitForNavigation(), page.click('main form[role=search] button[type=submit]')]);
    assert.ok(await page.locator('main .result').count() > 0, 'results for "ocmw anderlecht"');

    // The language facet: the person speaks Dutch.
    const languages = page.locator('main .facets section', { has: page.locator('h2', { hasText: /langue/i }) });
    await Promise.all([page.waitForNavigation(), languages.locator('a', { hasText: /Néerlandais/ }).click()]);
    assert.equal(new URL(page.url()).searchParams.get('language'), 'nl');
    assert.equal(await page.locator('main .facets a.active').count(), 1, 'the chosen language is marked');
    const results = page.locator('main .result');
    assert.ok(await results.count() > 0, 'Dutch-speaking services');
    const firstName = await results.first().locator('h3').innerText();
    await Promise.all([page.waitForNavigation(), results.first().locator('button[form="sheet-add"]').click()]);
    assert.match(await page.locator('.flash').innerText(), /fiche/);

    // A second service: the same language filter, a wider search in Anderlecht.
    await page.fill('#q', 'anderlecht');
    await Promise.all([page.waitForNavigation(), page.click('main form[role=search] button[type=submit]')]);
    assert.equal(new URL(page.url()).searchParams.get('language'), 'nl', 'the language filter is kept');
    const addable = page.locator('main .result', { has: page.locator('button[form="sheet-add"]') });
    assert.ok(await addable.count() > 0, 'another service to add');
    const secondName = await addable.first().locator('h3').innerText();
    assert.notEqual(secondName, firstName);
    await Promise.all([page.waitForNavigation(), addable.first().locator('button[form="sheet-add"]').click()]);
    assert.match(await page.locator('main .sheet-link a').innerText(), /2/);

    await Promise.all([page.waitForNavigation(), page.locator('main .sheet-link a').click()]);
    assert.deepEqual(await page.locator('main .sheet-item h2').allInnerTexts(), [firstName, secondName]);
    const frenchHeadings = await page.locator('main h1, main h2, main strong').allInnerTexts();

    // The person reads Dutch: the sheet's language, then the whole sheet in that language.
    await page.selectOption('#sheet_lang', 'nl');
    await Promise.all([page.waitForNavigation(), page.click('main form:has(#sheet_lang) button[type=submit]')]);
    await Promise.all([page.waitForNavigation(), page.click('main a[href$="?lang=nl"]')]);
    assert.match(new URL(page.url()).pathname, /^\/directory\/sheets\/[A-Za-z0-9_-]+$/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await page.locator('main .sheet-item').count(), 2);
    assert.notDeepEqual(await page.locator('main h1, main h2, main strong').allInnerTexts(), frenchHeadings,
                        'the headings are in Dutch');

    const results2 = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
    const blocking = results2.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [],
                     'axe on the sheet');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl', 'the printed sheet is in Dutch');
    assert.ok(await page.locator('main .sheet-item h2').first().isVisible(), 'the services are printed');
    assert.equal(await page.locator('main form').first().isVisible(), false, 'forms are not printed');
    const file = path.join(shots, 'sheet.png');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok((await stat(file)).size > 10_000, 'the printed sheet is not blank');
  } finally {
    await context.close();
    await rm(shots, { recursive: true, force: true });
  }
});
