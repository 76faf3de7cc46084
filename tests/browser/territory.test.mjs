// The territory page: the map drawn in the browser, and the page on paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, useBrowser } from './server.mjs';

const server = useServer();
const browser = useBrowser();

test('the territory page draws the 19 communes with Leaflet, without any tile server', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const foreign = [];
    const pageErrors = [];
    const origin = new URL(server.url).origin;
    page.on('request', (request) => { if (new URL(request.url()).origin !== origin) foreign.push(request.url()); });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(new URL('territory', server.url).href);
    await page.waitForFunction(() => typeof window.L === 'object' && typeof window.L.map === 'function',
                               null, { timeout: 10_000 });
    // The communes' outlines; the quarters' and zones' layers drawn over them carry classes of their own.
    const communes = 'main .map svg path:not(.map-quarter):not(.map-zone)';
    const paths = page.locator(communes);
    await page.waitForFunction((css) => document.querySelectorAll(css).length >= 19, communes, { timeout: 10_000 });
    assert.equal(await paths.count(), 19, 'one outline per commune');
    // Outlines are filled with the colour of their care area, and shared communes are dashed.
    const fills = await paths.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    assert.ok(fills.every((f) => /^#[0-9a-f]{6}$/i.test(f)), `every commune is coloured: ${fills}`);
    assert.ok(new Set(fills).size >= 5, 'the five care areas have their own colour');
    assert.ok(await page.locator(communes + '[stroke-dasharray]').count() >= 1,
              'at least one commune (Bruxelles) is shared between care areas');
    assert.equal(await page.locator('main .map img.leaflet-tile').count(), 0, 'no tiles');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreign, [], 'the page asks nothing from another server');
    assert.deepEqual(pageErrors, [], 'no script error');
  } finally {
    await context.close();
  }
});

test('the printed territory page hides the header navigation', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('territory', server.url).href);
    const display = (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display);
    const hidden = ['header nav.languages', 'header nav.main-nav', 'header .account', 'footer.site-footer'];
    for (const selector of hidden) assert.notEqual(await display(selector), 'none', `${selector} is shown on screen`);

    await page.emulateMedia({ media: 'print' });
    for (const selector of hidden) assert.equal(await display(selector), 'none', `${selector} is not printed`);
    assert.notEqual(await display('main h1'), 'none', 'the content is printed');
    assert.notEqual(await display('main .cards'), 'none', 'the list of care areas is printed');
  } finally {
    await context.close();
  }
});
