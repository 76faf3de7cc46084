// A concertation meeting, as the issue tells it: the organiser of the demo's 1000 Bruxelles group plans the next
// meeting and finds its agenda with the situations to give feedback on, a member presents a new situation during
// the meeting, an agreement is proposed then concluded, the situation is closed with an outcome, and the group's
// counts show it. axe audits every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, useBrowser, login, axeClean } from './server.mjs';

const server = useServer();
const browser = useBrowser();

const ORGANISER = { email: 'concertation@demo.maillage.brussels', password: 'demo-world-2026' };
const MEMBER = { email: 'concertation.ssm@demo.maillage.brussels', password: 'demo-world-2026' };

function brusselsDate(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(d);
}

const submit = (page, form, button = 'button[type="submit"]') =>
  Promise.all([page.waitForNavigation(), page.click(`main form[method="post"][action="${form}"] ${button}`)]);

test('an organiser prepares the agenda, a member presents a situation in the meeting, an agreement is concluded and the counts show the outcome', async () => {
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await login(organiser, server.url, ORGANISER);

  // 1. The organiser plans a meeting in three days; its agenda lists the situations with open agreements.
  await organiser.goto(new URL('concertation/groups/1/meetings', server.url).href);
  await axeClean(organiser);
  await organiser.fill('#date', brusselsDate(3));
  await organiser.fill('#time', '10:00');
  await submit(organiser, '/concertation/groups/1/meetings');
  const meeting = new URL(organiser.url()).pathname;
  assert.match(meeting, /^\/concertation\/meetings\/\d+$/);
  assert.ok(await organiser.locator('main article .badge', { hasText: 'Retour' }).count() > 0, 'the feedback list');
  await axeClean(organiser);

  // 2. During the meeting, a member presents a new situation from the agenda.
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await login(member, server.url, MEMBER);
  await member.goto(new URL(meeting.slice(1), server.url).href);
  await Promise.all([member.waitForNavigation(), member.click('main a[href*="/situations?meeting="]')]);
  await member.fill('#code', 'B1000-NEW');
  await member.selectOption('#age_band', '40_64');
  await member.fill('#postal_code', '1000');
  await member.check('main input[name="theme"][value="housing"]');
  await member.fill('#summary', 'Menace d\'expulsion, isolement, pas de suivi en place.');
  await member.selectOption('#informed', 'yes');
  await axeClean(member);
  await submit(member, '/concertation/groups/1/situations');
  const situation = new URL(member.url()).pathname;
  assert.match(situation, /^\/concertation\/situations\/\d+$/);
  await member.goto(new URL(meeting.slice(1), server.url).href);
  assert.ok(await member.locator('main article h3', { hasText: 'B1000-NEW' }).isVisible(), 'announced on the agenda');

  // 3. An agreement is proposed, then concluded in the meeting.
  const item = member.locator('main article', { hasText: 'B1000-NEW' });
  await item.locator('input[name="what"]').fill('Visite commune avec le gestionnaire de logement');
  await Promise.all([member.waitForNavigation(), item.locator('form[action$="/agreements"] button[type="submit"]').click()]);
  await Promise.all([member.waitForNavigation(), member.locator('main article', { hasText: 'B1000-NEW' })
    .locator('button[value="concluded"]').click()]);
  await member.goto(new URL(situation.slice(1), server.url).href);
  assert.ok(await member.locator('main #agreements td', { hasText: 'Conclu' }).count() > 0, 'the agreement is concluded');
  await axeClean(member);

  // 4. The situation is closed with its outcome, and the group's counts of the year show it.
  await member.selectOption('#outcome', 'admission_avoided');
  await submit(member, `${situation}/close`);
  assert.ok(await member.locator('main dd', { hasText: 'Admission évitée' }).isVisible());
  const year = brusselsDate(0).slice(0, 4);
  await member.goto(new URL(`concertation/groups/1/counts?year=${year}`, server.url).href);
  assert.ok(await member.locator('main td', { hasText: 'Admission évitée' }).isVisible(), 'the counts show the outcome');
  await axeClean(member);
  await memberContext.close();
  await organiserContext.close();
});
