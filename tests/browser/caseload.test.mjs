// A Housing First worker on a phone-sized screen logs a home visit, then a missed appointment (the person was
// absent); the team's figures page counts both. axe audits every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, useBrowser, login, DEMO, axeClean } from './server.mjs';

const server = useServer();
const browser = useBrowser();

// The counts of the figures page (in English): home visits, and missed appointments where the person was absent.
async function counts(page, figuresUrl) {
  await page.goto(figuresUrl);
  const cell = async (table, label) => Number((await page.locator(`table:has(caption:text-is("${table}")) tbody tr`)
    .filter({ has: page.locator(`th:text-is("${label}")`) }).locator('td').first().innerText()).trim());
  return {
    homeVisits: await cell('Contacts by type', 'Home visit'),
    absent: await cell('Duration, pairs and missed appointments', 'of which the person was absent'),
  };
}

test('a worker logs a home visit then a missed appointment on a phone, and the figures page counts both', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, server.url, DEMO.caseloadWorker);
  await page.goto(new URL('caseload?lang=en', server.url).href);
  await axeClean(page);
  const teamHref = await page.locator('main h2 a[href^="/caseload/teams/"]').first().getAttribute('href');
  const figuresUrl = new URL(`${teamHref.slice(1)}/figures?lang=en`, server.url).href;
  const before = await counts(page, figuresUrl);
  assert.ok(before.homeVisits > 0, 'the demo year has home visits');

  // 1. A home visit in pair, 50 minutes, about housing: the defaults do most of it.
  await page.goto(new URL(`${teamHref.slice(1)}/contacts/new?lang=en`, server.url).href);
  await axeClean(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 380, `the form fits the phone's width (${width}px)`);
  assert.ok(await page.locator('input[name="type"][value="home_visit"]').isChecked(), 'a home visit by default');
  await page.fill('#duration', '50');
  await page.check('input[name="workers"][value="2"]');
  await page.check('input[name="reasons"][value="housing"]');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type="submit"]')]);
  assert.match(await page.locator('main').innerText(), /contact is saved/);
  await axeClean(page);

  // 2. The next appointment: the person was absent.
  await page.goto(new URL(`${teamHref.slice(1)}/contacts/new?lang=en`, server.url).href);
  await page.check('input[name="missed"][value="absent"]');
  await page.fill('#duration', '0');
  await Promise.all([page.waitForNavigation(), page.click('main form button[type="submit"]')]);
  assert.match(await page.locator('main').innerText(), /missed appointment is saved/);

  // 3. The figures count both.
  const after = await counts(page, figuresUrl);
  await axeClean(page);
  assert.equal(after.homeVisits, before.homeVisits + 2);
  assert.equal(after.absent, before.absent + 1);
  await context.close();
});
