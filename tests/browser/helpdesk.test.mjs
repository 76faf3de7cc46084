// A responder's phone request, as the issue tells it: the regional line's responder logs a phone call with the
// keyboard alone, searches the directory from the request and orients to two services, plans a call-back for
// tomorrow, and the next day finds it on "to call back today", gives the feedback and closes the request.
// axe audits every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { useServer, useBrowser, login, DEMO, axeClean } from './server.mjs';

const server = useServer();
const browser = useBrowser();
const run = promisify(execFile);

// Presses Tab until the focused element matches `selector` (the keyboard's way to a field).
async function tabTo(page, selector, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

function brusselsDate(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(d);
}

test('a responder logs a phone request with the keyboard, orients it to two services, calls back and closes it the next day', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, server.url, DEMO.regionResponder);
  await page.goto(new URL('helpdesk', server.url).href);
  await axeClean(page);

  // 1. The intake, keyboard only: the organisation field has the focus, Tab goes from field to field.
  await tabTo(page, 'a[href="/helpdesk/requests/new"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'requester_organisation'), 'the organisation field has the focus');
  await axeClean(page);
  await page.keyboard.type('Service social de quartier');
  await tabTo(page, '#requester_function');
  await page.keyboard.type('Assistante sociale');
  await tabTo(page, '#requester_contact');
  await page.keyboard.type('02 000 11 22');
  await tabTo(page, '#question');
  await page.keyboard.type('Une personne cherche un suivi psychologique en français, près de chez elle.');
  await tabTo(page, '#person_place');
  await page.keyboard.type('1190');
  await tabTo(page, 'input[name="person_languages"][value="fr"]');
  await page.keyboard.press('Space');
  await tabTo(page, 'input[name="themes"][value="mental-health"]');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[value="save"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const requestPath = new URL(page.url()).pathname;
  assert.match(requestPath, /^\/helpdesk\/requests\/\d+$/, 'the request is saved in one step');
  const requestId = Number(requestPath.split('/').pop());
  assert.match(await page.locator('main').innerText(), /HD-\d{4}-\d{6}/);
  await axeClean(page);

  // 2. Orientation: the directory's search, pre-filled with the request's theme, language and bassin.
  await tabTo(page, `a[href="${requestPath}/orient"]`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await axeClean(page);
  const reasons = page.locator('main form[action$="/orientations"] input[name="reason"]');
  assert.ok(await reasons.count() >= 2, `at least two services found (${await reasons.count()})`);
  for (let i = 0; i < 2; i++) {
    await tabTo(page, 'main form[action$="/orientations"] input[name="reason"]');  // the first service not attached
    await page.keyboard.type(i === 0 ? 'Suivi en français' : 'Proche du domicile');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).pathname, requestPath);
    if (i === 0) {
      await tabTo(page, `a[href="${requestPath}/orient"]`);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    }
  }
  assert.equal(await page.locator('#orientations tbody tr').count(), 2, 'two services attached');

  // 3. A call-back tomorrow at 10:00, by me.
  await tabTo(page, '#callback_date');
  await page.locator('#callback_date').fill(brusselsDate(1));
  await tabTo(page, '#callback_time');
  await page.locator('#callback_time').fill('10:00');
  await tabTo(page, 'button[name="action"][value="set"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await axeClean(page);

  // 4. The next day: the request and its call-back are moved one day back in the server's database (the only
  //    direct database change of this test, standing in for the clock).
  const dbFile = server.db.replace(/^sqlite:\/\//, '');
  await run('sqlite3', [dbFile, `UPDATE helpdesk_requests SET received_at = received_at - 86400, created_at = created_at - 86400, ` +
                                `callback_at = callback_at - 86400 WHERE id = ${requestId}`]);
  await run('sqlite3', [dbFile, `UPDATE helpdesk_events SET at = at - 86400 WHERE request_id = ${requestId}`]);
  await page.goto(new URL('helpdesk', server.url).href);
  const mine = page.locator('main h2#my-callbacks-title + ul');
  assert.match(await mine.innerText(), /HD-\d{4}-\d{6}/, 'on my "to call back today" list');
  await tabTo(page, `main a[href="${requestPath}"]`);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);

  // 5. The feedback given on the phone, then closing with its outcome.
  await tabTo(page, '#feedback');
  await page.keyboard.type('Deux services de santé mentale de Forest proposés; la demandeuse prend contact.');
  await tabTo(page, 'form[action$="/feedback"] button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await tabTo(page, '#outcome');
  await page.keyboard.type('Orient');  // typed in a closed list, the first outcome: oriented to a service
  assert.equal(await page.locator('#outcome').inputValue(), 'oriented');
  await tabTo(page, 'form[action$="/close"] button');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await axeClean(page);
  const text = await page.locator('main').innerText();
  assert.match(text, /Orientée vers un service/, 'closed with its outcome');
  assert.match(text, /Deux services de santé mentale/, 'the feedback is on the request');
  const { stdout } = await run('sqlite3', [dbFile, `SELECT status || ' ' || outcome || ' ' || (feedback_at > received_at) ` +
                                                  `FROM helpdesk_requests WHERE id = ${requestId}`]);
  assert.equal(stdout.trim(), 'closed oriented 1');
  await context.close();
});
