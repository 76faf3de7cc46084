// An open-door week as people run it: the Sud coordinator creates the campaign, an organisation (SSM
// Saint-Gilles) opens two slots, the coordinator validates them and publishes the programme, a professional
// registers for three visits at once and gets a confirmation e-mail with a calendar attachment, the organiser
// marks attendance from the attendance list, and the visitor answers the questionnaire and downloads the
// attendance certificate. axe audits every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { useServer, useBrowser, login, DEMO, axeClean } from './server.mjs';

const server = useServer();
const browser = useBrowser();
const run = promisify(execFile);

// Brussels calendar date, `days` from today, as YYYY-MM-DD (the date inputs' format).
function brusselsDate(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(d);
}

const submit = (page, locator) => Promise.all([page.waitForNavigation(), locator.click()]);
const flash = (page) => page.locator('.flash').first().innerText();

// The body of the text/calendar part of a MIME message (base64 in our mails).
function calendarPart(eml) {
  const boundary = /boundary="([^"]+)"/.exec(eml)?.[1];
  if (!boundary) return null;
  for (const part of eml.split(`--${boundary}`)) {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    if (!/^Content-Type:\s*text\/calendar/im.test(head)) continue;
    const body = rest.join('\n\n');
    return /^Content-Transfer-Encoding:\s*base64/im.test(head)
      ? Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('utf8') : body;
  }
  return null;
}

async function waitForMails(mailDir, predicate, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = [];
    for (const name of (await readdir(mailDir)).filter((n) => n.endsWith('.eml')).sort()) {
      const text = await readFile(path.join(mailDir, name), 'utf8');
      if (predicate(text)) mails.push(text);
    }
    if (mails.length > 0 || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('an open-door week: slots, validation, programme, three visits, e-mail with calendar, attendance, evaluation, certificate',
     { timeout: 90_000 }, async () => {
  const coordinator = await browser.newContext();
  const organisation = await browser.newContext();
  const visitor = await browser.newContext();
  try {
    // 1. The Sud coordinator creates a campaign still open to slots (the demo one is already published), six
    //    weeks ahead so that it overlaps no other week; registrations open as soon as it is published.
    const cp = await coordinator.newPage();
    await login(cp, server.url, DEMO.sud);
    await cp.goto(new URL('offers/manage?lang=fr', server.url).href);
    await axeClean(cp);
    await submit(cp, cp.locator('main a[href="/offers/campaigns"]'));
    await axeClean(cp);
    await cp.selectOption('#bassin', 'sud');
    await cp.fill('#name', 'Portes ouvertes Sud — test');
    await cp.fill('#week_start', brusselsDate(42));
    await cp.fill('#slots_deadline', brusselsDate(35));
    await cp.fill('#registration_opens', brusselsDate(-1));
    await submit(cp, cp.locator('main form[action="/offers/campaigns"] button[type=submit]'));
    const campaignPath = new URL(cp.url()).pathname;
    assert.match(campaignPath, /^\/offers\/campaigns\/\d+$/, (await cp.locator('main').innerText()).slice(0, 500));
    await axeClean(cp);

    // 2. The SSM Saint-Gilles coordinator opens two slots. Nothing in the UI leads an organisation to the
    //    campaign (no link from /offers/manage nor the catalogue): the coordinator sends them its address.
    const op = await organisation.newPage();
    await login(op, server.url, DEMO.orgCoordinator);
    await op.goto(new URL(campaignPath.slice(1), server.url).href);
    await axeClean(op);
    const ssmValue = await op.locator('#organisation_id option', { hasText: /Saint-Gilles/ }).first().getAttribute('value');
    const days = await op.locator('#date option').evaluateAll((os) => os.map((o) => o.value));
    assert.equal(days.length, 5, 'five days to choose from');
    for (const [day, start, theme] of [[days[0], '09:00', 'Santé mentale'], [days[1], '13:30', 'Santé mentale et exil']]) {
      await op.selectOption('#organisation_id', ssmValue);
      await op.selectOption('#date', day);
      await op.selectOption('#start', start);
      await op.selectOption('#format', 'visit');
      await op.fill('#capacity', '12');
      await op.fill('#place', 'Rue de la Victoire 26, 1060 Saint-Gilles');
      await op.fill('#postal_code', '1060');
      await op.fill('#theme', theme);
      await submit(op, op.locator('main form[action$="/slots"] button[type=submit]'));
      assert.equal(new URL(op.url()).pathname, campaignPath, await op.locator('main').innerText());
      assert.match(await flash(op), /proposé/);
    }
    assert.equal(await op.locator('main form[action$="/publish"]').count(), 0, 'an organisation cannot publish');
    await axeClean(op);

    // The coordinator also proposes a third visit on behalf of another organisation (the CPAS d'Anderlecht), so
    // that the programme has three visits to choose from.
    await cp.reload();
    const other = await cp.locator('#organisation_id option').evaluateAll(
      (os, ssm) => os.find((o) => o.value !== ssm && /CPAS/.test(o.textContent))?.value, ssmValue);
    assert.ok(other, 'another organisation to host a visit');
    await cp.selectOption('#organisation_id', other);
    await cp.selectOption('#date', days[2]);
    await cp.selectOption('#start', '10:45');
    await cp.fill('#place', 'Avenue Clemenceau 2, 1070 Anderlecht');
    await cp.fill('#postal_code', '1070');
    await cp.fill('#theme', 'Aide sociale');
    await submit(cp, cp.locator('main form[action$="/slots"] button[type=submit]'));
    assert.equal(new URL(cp.url()).pathname, campaignPath, await cp.locator('main').innerText());

    // 3. The coordinator validates the three proposed slots, then publishes the programme.
    for (let i = 0; i < 3; ++i) {
      await submit(cp, cp.locator('main form[action$="/validate"] button').first());
      assert.match(await flash(cp), /validé/);
    }
    assert.equal(await cp.locator('main form[action$="/validate"]').count(), 0, 'nothing left to validate');
    await axeClean(cp);
    await submit(cp, cp.locator(`main form[action="${campaignPath}/publish"] button`));
    assert.match(await flash(cp), /publié/);
    await axeClean(cp);
    await submit(cp, cp.locator('main a[href^="/offers/open-door/"]'));
    const programmePath = new URL(cp.url()).pathname;
    await axeClean(cp);

    // 4. The demo professional registers for the three visits at once from the programme.
    const vp = await visitor.newPage();
    await login(vp, server.url, DEMO.professional);
    await vp.goto(new URL(programmePath.slice(1), server.url).href);
    await axeClean(vp);
    const boxes = vp.locator('main input[type=checkbox][name=session_id]');
    assert.equal(await boxes.count(), 3, 'three visits in the programme');
    for (let i = 0; i < 3; ++i) await boxes.nth(i).check();
    await vp.selectOption('#sector', { index: 1 });
    const response = await submit(vp, vp.locator('main form[action$="/register"] button[type=submit]'));
    assert.equal(response[0].status(), 200, await vp.locator('main').innerText());
    const outcomes = vp.locator('main .flash li');
    assert.equal(await outcomes.count(), 3, 'one outcome per visit');
    for (const outcome of await outcomes.allInnerTexts()) assert.match(outcome, /Confirmée/);
    await axeClean(vp);

    // 5. The confirmation e-mails are in the mail dir, each with its calendar attachment.
    const mails = await waitForMails(server.mailDir,
      (t) => t.includes(DEMO.professional.email) && /Content-Type:\s*text\/calendar/i.test(t));
    assert.ok(mails.length >= 1, 'a confirmation e-mail with a calendar attachment');
    const events = [];
    for (const mail of mails) {
      const ics = calendarPart(mail);
      assert.ok(ics?.startsWith('BEGIN:VCALENDAR'), 'the attachment is an iCalendar file');
      const calendar = new ICAL.Component(ICAL.parse(ics));
      for (const v of calendar.getAllSubcomponents('vevent')) events.push(new ICAL.Event(v));
    }
    assert.ok(events.length >= 3, `an event per visit (${events.length})`);
    for (const e of events) {
      assert.ok(e.uid, 'an event has a UID');
      assert.equal(e.endDate.toJSDate() - e.startDate.toJSDate(), 90 * 60_000, 'a visit lasts 1h30');
      assert.ok(e.startDate.toJSDate() > new Date(), 'the visit is to come');
    }
    assert.ok(events.some((e) => /Rue de la Victoire 26/.test(e.location ?? '')), 'the address of the SSM visit');

    // 6. The visit takes place. To let time pass, the first SSM session is moved to yesterday in the server's
    //    database (the only direct database change of this test, standing in for the clock).
    const dbFile = server.db.replace(/^sqlite:\/\//, '');
    const { stdout: sid } = await run('sqlite3', [dbFile,
      "SELECT s.id FROM offer_sessions s JOIN offers o ON o.id = s.offer_id JOIN organisations h ON h.id = s.host_organisation_id " +
      `WHERE o.campaign_id = ${Number(campaignPath.split('/').pop())} AND h.id = ${Number(ssmValue)} ORDER BY s.starts_at LIMIT 1`]);
    const sessionId = Number(sid.trim());
    assert.ok(sessionId > 0, 'the SSM session');
    const yesterday = Math.floor(Date.now() / 1000) - 86_400;
    await run('sqlite3', [dbFile, `UPDATE offer_sessions SET starts_at = ${yesterday}, ends_at = ${yesterday + 90 * 60} ` +
                                  `WHERE id = ${sessionId}`]);

    // 7. The organiser marks the visitor present from the attendance list. The host organisation is not an
    //    organiser of the campaign's offer, so the coordinator who runs the week does it, from the offer's page.
    await cp.goto(new URL('offers', server.url).href);
    await axeClean(cp);
    await submit(cp, cp.locator('main a', { hasText: 'Portes ouvertes Sud — test' }).first());
    await axeClean(cp);
    await submit(cp, cp.locator('main a[href$="/edit"]').first());
    await axeClean(cp);
    await submit(cp, cp.locator(`main a[href="/offers/sessions/${sessionId}/registrations"]`));
    await axeClean(cp);
    const row = cp.locator('main ul.attendance li', { hasText: DEMO.professional.name });
    assert.equal(await row.count(), 1, 'the visitor is on the attendance list');
    await submit(cp, row.locator('form[action$="/present"] button'));
    // The demo professional has a year behind her (absences included, shown as their own badge): the badge that
    // says present is the one this visit set.
    assert.equal(await cp.locator('main ul.attendance li', { hasText: DEMO.professional.name })
      .locator('.badge', { hasText: /^présent/ }).count(), 1, 'marked present');
    await axeClean(cp);

    // 8. The visitor answers the questionnaire and downloads the certificate from "My registrations".
    await vp.goto(new URL('offers/mine', server.url).href);
    await axeClean(vp);
    // The demo professional has a year of past registrations with certificates; this visit is the test week's.
    const past = vp.locator('main tr', { has: vp.locator('a[href$="/certificate.pdf"]') })
      .filter({ hasText: 'Portes ouvertes Sud — test' });
    assert.equal(await past.count(), 1, 'one past visit of the test week with a certificate');
    await submit(vp, past.locator('a[href$="/evaluation"]'));
    await axeClean(vp);
    for (const fieldset of await vp.locator('main form fieldset').all()) {
      const radios = fieldset.locator('input[type=radio]');
      if (await radios.count() > 0) await radios.last().check();
      const area = fieldset.locator('textarea');
      if (await area.count() > 0) await area.fill('Très utile pour mieux orienter.');
    }
    await submit(vp, vp.locator('main form[action$="/evaluation"] button[type=submit]'));
    assert.ok(await vp.locator('.flash').count() > 0, await vp.locator('main').innerText());
    await axeClean(vp);

    await vp.goto(new URL('offers/mine', server.url).href);
    const certificateHref = await vp.locator('main tr', { hasText: 'Portes ouvertes Sud — test' })
      .locator('a[href$="/certificate"]').first().getAttribute('href');
    await submit(vp, vp.locator(`main a[href="${certificateHref}"]`));
    await axeClean(vp);
    const pdf = await vp.request.get(new URL(`${certificateHref}.pdf`.slice(1), server.url).href);
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'], /^application\/pdf/);
    const bytes = await pdf.body();
    assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
  } finally {
    await coordinator.close();
    await organisation.close();
    await visitor.close();
  }
});

// The reports of the demo year: a coordinator reads the open-door figures, follows the visits of a week to the
// list they count (hundreds of rows), and downloads the table as CSV.
test('the reports of the demo year: figures per kind of offer, the list behind a figure, the CSV', { timeout: 60_000 }, async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await login(page, server.url, DEMO.coordinator);
    await page.goto(new URL('offers/reports?lang=fr', server.url).href);
    await axeClean(page);
    const week = page.locator('#report-opendoor ~ .table-wrap tr', { hasText: 'Semaine portes ouvertes du bassin Sud' })
      .filter({ hasNotText: 'Sud-Est' });
    assert.equal(await week.count(), 1, 'the Sud week has its row');
    const cells = await week.locator('td').allInnerTexts();
    const visits = Number(cells[2].replace(/\D/g, ''));
    assert.ok(visits > 150, `the Sud week's visits (${cells.join(' | ')})`);
    for (const heading of ["Groupes d'intervision et communautés de pratique", 'Webinaires, séances', 'Immersions']) {
      assert.equal(await page.locator('main h2', { hasText: heading }).count(), 1, heading);
    }
    await submit(page, week.locator('td').nth(2).locator('a'));
    assert.match(new URL(page.url()).pathname, /^\/offers\/reports\/registrations$/);
    assert.equal(await page.locator('main tbody tr').count(), visits, 'the list has as many rows as the figure');
    assert.match(await page.locator('main [role=status]').innerText(), new RegExp(`^${visits} `));
    await axeClean(page);
    const csv = await page.request.get(new URL('offers/reports.csv?table=opendoor&year=12m', server.url).href);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /^text\/csv/);
    assert.match(await csv.text(), /Semaine portes ouvertes du bassin Sud-Est/);
  } finally {
    await context.close();
  }
});
