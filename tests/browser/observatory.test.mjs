// The observatory as a coordinator uses it: the regional coordinator builds a plan for a bassin, adds an action,
// links an indicator over the helpdesk's figures (per 10,000 inhabitants, broken down by territory) to a
// deliverable, then opens the printable report: the annex shows the action with what was achieved, and the
// charts are drawn (inline SVG, visible in print too) over their tables. axe audits every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, useBrowser, login, DEMO, axeClean } from './server.mjs';

const server = useServer();
const browser = useBrowser();

const submit = (page, form, button = 'button[type="submit"]') =>
  Promise.all([page.waitForNavigation(), page.click(`main form[method="post"][action="${form}"] ${button}`)]);

test('a coordinator builds a plan, adds an action, links an indicator and prints the report with its figures', async () => {
  const page = await browser.newPage();
  await login(page, server.url, DEMO.coordinator);
  const year = new Date().getUTCFullYear() - 1;  // a year the demo has no Nord plan for

  // 1. A plan for Nord.
  await page.goto(new URL('observatory', server.url).href);
  await axeClean(page);
  await page.selectOption('#territory', 'nord');
  await page.fill('#year', String(year));
  await page.fill('#title', 'Plan du bassin Nord');
  await submit(page, '/observatory/plans');
  const plan = new URL(page.url()).pathname;
  assert.match(plan, /^\/observatory\/plans\/\d+$/);

  // 2. An action.
  await page.fill('#reference', 'N1');
  await page.fill('#title_fr', 'Helpdesk du bassin Nord');
  await submit(page, `${plan}/actions`);
  const action = new URL(page.url()).pathname;
  assert.match(action, /^\/observatory\/actions\/\d+$/);
  await axeClean(page);

  // 3. An indicator over the helpdesk's contacts per 10,000 inhabitants, for every territory.
  await page.fill('#name', 'Demandes pour 10 000 habitant·es');
  await page.check('main input[name="kind"][value="ratio"]');
  await page.selectOption('#element', 'helpdesk.contacts');
  await page.selectOption('#bassin', 'region');
  await page.selectOption('#denominator', 'population');
  await page.fill('#multiplier', '10000');
  await page.check('main input[name="by_territory"]');
  await submit(page, `${action}/indicators`);
  assert.ok(await page.locator('#indicators th', { hasText: 'Demandes pour 10 000 habitant·es' }).isVisible());
  assert.ok(await page.locator('#indicators dl.breakdown dt', { hasText: 'Nord' }).count() > 0, 'the breakdown by territory');
  await axeClean(page);

  // 4. The indicator says what the deliverable achieved.
  await page.fill('#deliverable_text-1', 'demandes pour 10 000 habitant·es');
  await page.fill('#deliverable_target-1', '5');
  await page.selectOption('#deliverable_indicator-1', { label: 'Demandes pour 10 000 habitant·es' });
  await submit(page, action);
  assert.equal(await page.inputValue('#deliverable_text-1'), 'demandes pour 10 000 habitant·es', 'the deliverable is saved');
  assert.equal(await page.locator('#deliverable_indicator-1 option:checked').textContent(), 'Demandes pour 10 000 habitant·es');

  // 5. The printable report of Nord: the annex with the action and the achieved value, the charts as vectors.
  await page.goto(new URL(`observatory/report?territory=nord&year=${year}`, server.url).href);
  await axeClean(page);
  const annex = page.locator('main section.annex');
  assert.ok(await annex.locator('td', { hasText: 'Helpdesk du bassin Nord' }).count() > 0
    || await annex.locator('th', { hasText: 'Helpdesk du bassin Nord' }).count() > 0, 'the action in the annex');
  assert.ok(await annex.locator('td', { hasText: /5 demandes pour 10 000 habitant·es — réalisé : / }).count() > 0,
    'the deliverable with what was achieved');
  const breakdown = annex.locator('.report-table', { hasText: 'Par territoire : Demandes pour 10 000 habitant·es' });
  assert.equal(await breakdown.count(), 1, 'the indicator by territory');
  await page.emulateMedia({ media: 'print' });
  const chart = page.locator('main .report-chart svg.bar-chart').first();
  assert.ok(await chart.isVisible(), 'a chart is printed');
  const box = await chart.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 20, `the chart has a size in print: ${JSON.stringify(box)}`);
  const bars = page.locator('main .report-chart svg.bar-chart rect.chart-bar');
  assert.ok(await bars.count() > 0, 'the chart has bars');
  const widest = await bars.evaluateAll((rects) => Math.max(...rects.map((r) => r.getBBox().width)));
  assert.ok(widest > 100, 'the largest bar spans the chart');
  assert.equal(await page.locator('main .report-chart canvas').count(), 0, 'drawn as vectors, not on a canvas');
  // Every chart has its table under it with the same figures.
  for (const figure of await page.locator('main .report-table:has(.report-chart)').all())
    assert.equal(await figure.locator('table').count(), 1);
  if (process.env.OBSERVATORY_SCREENSHOT) await page.screenshot({ path: process.env.OBSERVATORY_SCREENSHOT, fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000, 'the page prints');
  await page.emulateMedia({ media: 'screen' });

  // 6. Publishing freezes the year: an edit without a correction is refused, a correction makes version 2.
  await submit(page, '/observatory/report/publish');
  assert.match(new URL(page.url()).pathname, /^\/observatory\/publications\/\d+$/);
  await page.goto(new URL(action.slice(1), server.url).href);
  assert.ok(await page.locator('main p.notice', { hasText: 'figée' }).isVisible(), 'the action says its period is frozen');
  await page.fill('#assessment', 'Bilan corrigé');
  const refused = await Promise.all([page.waitForNavigation(), page.click(`main form[method="post"][action="${action}"] button[type="submit"]`)]);
  assert.equal(refused[0].status(), 422);
  assert.ok(await page.locator('main .errors', { hasText: 'sa période est figée' }).isVisible());
  assert.equal(await page.inputValue('#assessment'), 'Bilan corrigé', 'what was typed is kept');
  await axeClean(page);
  await page.fill('#correction', 'Bilan complété après la publication');
  await submit(page, action);
  await page.goto(new URL(`observatory/report?territory=nord&year=${year}`, server.url).href);
  const versions = page.locator('#publications-title + ul li a');
  assert.equal(await versions.count(), 2, 'two published versions');
  await Promise.all([page.waitForNavigation(), versions.first().click()]);
  assert.ok(await page.locator('main', { hasText: 'Bilan complété après la publication' }).count() > 0, 'the correction is the note');
  assert.ok(await page.locator('#changes-title').isVisible(), 'the new version lists what changed');
  await axeClean(page);
  await page.close();
});
