// The agenda as a bassin's website shows it: a page of another origin (a second local server on 127.0.0.1, as
// a WordPress site would be) frames the agenda and the directory's search box; the frames show, set no cookie,
// and open Maillage in a new tab; the agenda page itself refuses to be framed. The feeds are read by the
// parsers calendar apps and feed readers use (ical.js, @rowanmanning/feed-parser). axe audits the agenda's
// pages and the framed fragments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import ICAL from 'ical.js';
import { parseFeed } from '@rowanmanning/feed-parser';
import { useServer, useBrowser, login, DEMO, axeClean } from './server.mjs';

// The operator allows the bassins' sites to frame the fragments: here, any port of 127.0.0.1.
process.env.MAILLAGE_EMBED_ALLOW = 'http://127.0.0.1:*';
const server = useServer();
const browser = useBrowser();

// The bassin's website: one page framing Maillage's agenda and search box, and one framing the agenda page.
let site;
let siteUrl;
before(async () => {
  site = http.createServer((req, res) => {
    const maillage = server.url;
    const frames = req.url === '/framing-the-page.html'
      ? `<iframe id="page" title="Agenda" src="${maillage}agenda"></iframe>`
      : `<iframe id="agenda" title="Agenda" src="${maillage}agenda/embed?bassin=sud&amp;lang=nl" width="100%" height="600"></iframe>
         <iframe id="search" title="Zoeken" src="${maillage}directory/embed?bassin=sud&amp;lang=nl" width="100%" height="160"></iframe>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html lang="nl"><head><title>Zorgbassin Zuid</title></head><body><main><h1>Zorgbassin Zuid</h1>${frames}</main></body></html>`);
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${site.address().port}/`;
});
after(() => new Promise((resolve) => (site ? site.close(resolve) : resolve())));

test('a page of another origin shows the agenda and the search box in frames, without cookies', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const responses = [];
    page.on('response', (r) => { if (r.url().startsWith(server.url)) responses.push(r); });
    await page.goto(siteUrl);
    const agenda = page.frameLocator('#agenda');
    await agenda.locator('.agenda-item').first().waitFor();
    assert.ok(await agenda.locator('.agenda-item').count() >= 5, 'the Sud bassin has sessions ahead');
    assert.equal(await agenda.locator('html').getAttribute('lang'), 'nl');
    const search = page.frameLocator('#search');
    await search.locator('input[name="q"]').waitFor();
    for (const r of responses) {
      assert.equal(r.headers()['set-cookie'], undefined, `no cookie from ${r.url()}`);
    }
    assert.deepEqual(await context.cookies(server.url), [], 'Maillage left no cookie in the browser');

    // A search from the framed box opens the directory in a new tab, in the bassin.
    await search.locator('input[name="q"]').fill('logement');
    const [tab] = await Promise.all([context.waitForEvent('page'), search.locator('button[type="submit"]').click()]);
    await tab.waitForLoadState();
    const opened = new URL(tab.url());
    assert.equal(opened.pathname, '/directory');
    assert.equal(opened.searchParams.get('q'), 'logement');
    assert.equal(opened.searchParams.get('bassin'), 'sud');

    // An item of the framed agenda opens its registration in a new tab too.
    const link = agenda.locator('.agenda-item a').first();
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('href'), /^\/offers\//);
  } finally {
    await context.close();
  }
});

test('the framed fragments have no serious or critical axe violation', async () => {
  const page = await browser.newPage();
  for (const path of ['agenda/embed?bassin=sud', 'directory/embed?bassin=sud']) {
    await page.goto(new URL(path, server.url).href);
    await axeClean(page);
  }
  await page.close();
});

test('the agenda page itself cannot be framed by another site', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('framing-the-page.html', siteUrl).href);
  await page.waitForTimeout(500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const shown = frame ? await frame.locator('form.filters').count().catch(() => 0) : 0;
  assert.equal(shown, 0, 'the browser refused to show the agenda page in a frame');
  await page.close();
});

test('the agenda, its month view and the embed code page have no serious or critical axe violation', async () => {
  const page = await browser.newPage();
  for (const path of ['agenda', 'agenda?view=month', 'agenda?bassin=sud&audience=service_users']) {
    const response = await page.goto(new URL(path, server.url).href);
    assert.equal(response.status(), 200, path);
    await axeClean(page);
  }
  await login(page, server.url, DEMO.sud);
  await page.goto(new URL('agenda/embed-code', server.url).href);
  assert.match(await page.locator('main pre.snippet').first().innerText(), /<iframe src="[^"]*agenda\/embed\?bassin=sud/);
  await axeClean(page);
  await page.close();
});

test('the iCalendar feed reads in ical.js and the Atom feed in a feed parser', async () => {
  const ics = await (await fetch(new URL('agenda.ics?bassin=sud', server.url))).text();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.ok(events.length >= 5, `events of the Sud bassin (${events.length})`);
  for (const e of events) {
    assert.ok(e.uid && e.summary, 'an event has a UID and a summary');
    assert.ok(e.startDate.toJSDate() > new Date(Date.now() - 3600_000), 'the session is ahead');
  }
  const atom = await fetch(new URL('agenda.atom?audience=service_users', server.url));
  assert.match(atom.headers.get('content-type'), /^application\/atom\+xml/);
  const feed = parseFeed(await atom.text());
  assert.ok(feed.items.length >= 3, `entries for service users (${feed.items.length})`);
  for (const item of feed.items) {
    assert.ok(item.title && item.url && item.id, 'an entry has a title, a link and an id');
  }
  const json = await (await fetch(new URL('agenda.json?bassin=sud', server.url))).json();
  assert.ok(json.total >= 5 && json.items[0].registration_url, 'the JSON feed lists the sessions');
});
