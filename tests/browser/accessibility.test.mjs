// Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) finds nothing serious or critical on any page.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { useServer, useBrowser, login, DEMO } from './server.mjs';

const server = useServer();
const browser = useBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

const ANONYMOUS_PAGES = ['/', '/login', '/password/forgot', '/territory', '/directory',
  '/directory/services/d1ec7000-0000-4000-8000-000100000501', '/directory/organisations/d1ec7000-0000-4000-8000-000200000501',
  // Agenda, newsletters, sessions on request, Focus (issue 13)
  '/agenda', '/agenda/programme', '/agenda/ask', '/newsletters', '/newsletters/1', '/focus', '/focus/1'];
// Pages with a table (checked again on a phone-sized screen, where the tables scroll).
const TABLE_PAGES = new Set(['/invitations', '/coordination', '/admin/users', '/admin/organisations', '/admin/territory',
  '/admin/outbox', '/admin/audit', '/admin/jobs', '/admin/vocabularies', '/admin/sectors', '/admin/helpdesk/lines', '/helpdesk/lines/region/rota',
  '/offers/reports', '/helpdesk/statistics', '/agenda/requests', '/newsletters/manage/1', '/offers/1/sectors',
  '/observatory', '/observatory/plans/1', '/observatory/activities', '/observatory/needs', '/observatory/report',
  '/territory/bassins/sud', '/territory/zones']);
const INVITED = 'new.colleague@example.org';
const ADMIN_PAGES = ['/profile', '/invitations', '/coordination', '/admin', '/admin/users', '/admin/users/1',
  '/admin/organisations', '/admin/territory', '/admin/outbox', '/admin/audit', '/admin/jobs', '/admin/vocabularies', '/admin/sectors',
  '/directory/synonyms', '/admin/questions', '/offers/agreements', '/admin/helpdesk/lines', '/admin/helpdesk/lines/1',
  // The reports of the demo year and the full lists they link to (hundreds of rows).
  '/offers/reports', '/offers/reports/registrations', '/offers/reports/sessions', '/helpdesk/statistics',
  // The observatory: the demo plans (region, Sud, Sud-Est), an action, the activities, the needs watch, the report.
  '/observatory', '/observatory/plans/1', '/observatory/actions/1', '/observatory/actions/2/meetings',
  '/observatory/activities', '/observatory/activities/new', '/observatory/needs', '/observatory/report',
  // Agenda, newsletters, sessions on request, Focus (issue 13)
  '/agenda/embed-code', '/agenda/requests', '/agenda/requests/1', '/newsletters/manage', '/newsletters/manage/1',
  '/newsletters/campaigns/1', '/focus/1/edit',
  // An offer's participants by sector of the year (issue 13).
  '/offers/1/sectors',
  // The territory: a bassin's page, the zones (list, Rézone's, the form to create and to edit one).
  '/territory/bassins/sud', '/territory/zones', '/territory/zones/rezone', '/territory/zones/new', '/territory/zones/rezone/edit'];
// A helpdesk responder's pages (the regional line's demo responder): lines, rota, own shifts, the guide.
const RESPONDER = { email: 'helpdesk@demo.maillage.brussels', password: 'demo-helpdesk-2026' };
const RESPONDER_PAGES = ['/helpdesk/lines', '/helpdesk/lines/region', '/helpdesk/lines/region/rota', '/helpdesk/rota/mine',
  '/helpdesk/guide', '/helpdesk/guide/prendre-un-appel', '/helpdesk/guide/prendre-un-appel/edit',
  '/helpdesk/guide/prendre-un-appel/history', '/helpdesk/guide/new'];

// A caseload worker's pages (the Housing First team of the demo): its home, the team, the forms, the figures,
// and the people and requests linked from them (see "pages of a caseload worker" below).
const CASELOAD_PAGES = ['/caseload', '/caseload/teams/1', '/caseload/teams/1/contacts/new', '/caseload/teams/1/week',
  '/caseload/teams/1/requests', '/caseload/teams/1/requests/new', '/caseload/teams/1/people/new',
  '/caseload/teams/1/figures'];

// Route pattern of a path, so /admin/users/1 and /admin/users/2 count as one page.
const pattern = (pathname) => pathname.replace(/\/\d+(?=\/|$)/g, '/{id}')
  .replace(/^\/directory\/(services|organisations|sheets)\/[^/]+/, '/directory/$1/{id}');
const audited = new Set();
const linked = new Map(); // pattern -> first path seen in a link

function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) =>
    `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n');
}

async function audit(page, { pathname, expectStatus = 200, prepare } = {}) {
  if (pathname !== undefined) {
    const response = await page.goto(new URL(pathname.replace(/^\//, ''), server.url).href);
    assert.equal(response.status(), expectStatus, `status of ${pathname}`);
    assert.equal(new URL(page.url()).pathname, pathname, `${pathname} is shown, not redirected`);
  }
  if (prepare) await prepare(page);
  audited.add(pattern(new URL(page.url()).pathname));
  const origin = new URL(server.url).origin;
  for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.href))) {
    const url = new URL(href);
    if (url.origin !== origin || url.pathname.startsWith('/static/')) continue;
    if (!linked.has(pattern(url.pathname))) linked.set(pattern(url.pathname), url.pathname);
  }
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page: twice as fast, and the
  // same result here, as the pages have no frames.
  const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] })
    .setLegacyMode(true).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
  assert.deepEqual(blocking, [], `axe on ${page.url()}:\n${describeViolations(blocking)}`);
}

// The map is drawn after load; audit it with Leaflet's markup in place.
const mapDrawn = (page) => page.waitForFunction(
  () => document.querySelectorAll('.map svg path').length > 0, null, { timeout: 10_000 });

describe('anonymous pages', () => {
  let context;
  let page;
  before(async () => { context = await browser.newContext(); page = await context.newPage(); });
  after(async () => { await context?.close(); });

  for (const pathname of ANONYMOUS_PAGES) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname, prepare: pathname === '/territory' ? mapDrawn : undefined });
    });
  }

  it('a missing page (404) has no serious or critical axe violation', async () => {
    await audit(page, { pathname: '/no-such-page', expectStatus: 404 });
  });

  it('the forgotten-password form, once sent, has no serious or critical axe violation', async () => {
    await page.goto(new URL('password/forgot', server.url).href);
    await page.fill('#email', DEMO.professional.email);
    await Promise.all([page.waitForNavigation(), page.click('main form[action="/password/forgot"] button[type="submit"]')]);
    await audit(page);
  });

  it('the login form with an error has no serious or critical axe violation', async () => {
    await login(page, server.url, { email: DEMO.professional.email, password: 'not-the-password' });
    assert.ok(await page.locator('main .errors').isVisible());
    await audit(page);
  });

  // A service user registers for the demo's weekly support group by phone (issue 13): with an error, then sent.
  it('the registration by phone, with an error and once sent, has no serious or critical axe violation', async () => {
    const anonymous = await browser.newContext();
    try {
      const other = await anonymous.newPage();
      await other.goto(new URL('agenda?audience=service_users', server.url).href);
      const href = await other.locator('main a[href^="/offers/"]', { hasText: /Entre nous|Between us|Onder ons/ }).first().getAttribute('href');
      await other.goto(new URL(href.replace(/^\//, ''), server.url).href);
      await audit(other);
      await other.fill('#caller_name', 'Axe');
      await other.fill('#caller_phone', '12');
      await Promise.all([other.waitForNavigation(), other.click('main form[action$="/register-by-phone"] button[type="submit"]')]);
      assert.ok(await other.locator('main .errors').isVisible());
      await audit(other);
      await other.fill('#caller_phone', '0499 12 34 56');
      await Promise.all([other.waitForNavigation(), other.click('main form[action$="/register-by-phone"] button[type="submit"]')]);
      assert.ok(await other.locator('main dl').isVisible());
      await audit(other);
    } finally {
      await anonymous.close();
    }
  });
});

describe('pages of an administrator', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, DEMO.admin);
    assert.equal(await page.locator('header .account .who').innerText(), DEMO.admin.name);
    // An invitation, so that the lists and the outbox have something to show.
    await page.goto(new URL('invitations', server.url).href);
    await page.fill('#email', INVITED);
    await Promise.all([page.waitForNavigation(), page.click('main form[action="/invitations"] button[type="submit"]')]);
  });
  after(async () => { await context?.close(); });

  for (const pathname of ADMIN_PAGES) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }

  it('the zone form with an error has no serious or critical axe violation', async () => {
    await page.goto(new URL('territory/zones/new', server.url).href);
    await page.fill('#slug', 'Pas un code');
    await Promise.all([page.waitForNavigation(), page.click('main form[action="/territory/zones/new"] button[type="submit"]')]);
    assert.ok(await page.locator('main .errors').isVisible());
    await audit(page);
  });

  // Pages linked from the ones above but not listed (a new page, an outbox message...) are audited too.
  it('every other page linked from these pages has no serious or critical axe violation', async (t) => {
    const others = [...linked].filter(([p]) => !audited.has(p)).map(([, pathname]) => pathname);
    for (const pathname of others) {
      const response = await page.request.get(new URL(pathname.replace(/^\//, ''), server.url).href,
                                              { maxRedirects: 0 });
      if (response.status() !== 200 || !/^text\/html/.test(response.headers()['content-type'] ?? '')) continue;
      await audit(page, { pathname });
      t.diagnostic(`audited ${pathname}`);
    }
  });

  // The links sent by e-mail (invitation, new password) open pages for people who are not logged in.
  it('pages opened from the e-mails have no serious or critical axe violation', async () => {
    await page.goto(new URL('admin/outbox', server.url).href);
    const messages = await page.locator('main table a[href^="/admin/outbox/"]').evaluateAll((as) => as.map((a) => a.href));
    const links = new Map();
    for (const message of messages) {
      await page.goto(message);
      const body = await page.locator('main pre.mail').innerText();
      for (const m of body.matchAll(/https?:\/\/\S+?\/(invitations|password\/set)\/[^\s<>"]+/g)) links.set(m[1], m[0]);
    }
    assert.deepEqual([...links.keys()].sort(), ['invitations', 'password/set'],
                     `the outbox holds an invitation and a password link (${messages.length} messages)`);
    const anonymous = await browser.newContext();
    try {
      const other = await anonymous.newPage();
      for (const link of links.values()) {
        // Only the path counts: with --port 0 the server writes "http://127.0.0.1:0/" in its e-mails.
        const { pathname } = new URL(link);
        const response = await other.goto(new URL(pathname.replace(/^\//, ''), server.url).href);
        assert.equal(response.status(), 200, pathname);
        await audit(other);
      }
    } finally {
      await anonymous.close();
    }
  });
});

describe('pages of a helpdesk responder', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, RESPONDER);
  });
  after(async () => { await context?.close(); });

  for (const pathname of RESPONDER_PAGES) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }

  it('a version in the guide\'s history and a search in the guide have no serious or critical axe violation', async () => {
    await page.goto(new URL('helpdesk/guide/prendre-un-appel/history', server.url).href);
    await Promise.all([page.waitForNavigation(), page.locator('main table a').first().click()]);
    await audit(page);
    await page.goto(new URL('helpdesk/guide?q=violence', server.url).href);
    await audit(page);
  });

  it('the calendar address, once made, has no serious or critical axe violation', async () => {
    await page.goto(new URL('helpdesk/rota/mine', server.url).href);
    await Promise.all([page.waitForNavigation(), page.click('main form[action="/helpdesk/rota/feed"] button[type="submit"]')]);
    assert.ok(await page.locator('main .notice code').isVisible());
    await audit(page);
  });
});

describe('pages of a caseload worker', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, DEMO.caseloadWorker);
  });
  after(async () => { await context?.close(); });

  for (const pathname of CASELOAD_PAGES) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }

  it('a person followed, its re-score form and a request have no serious or critical axe violation', async () => {
    await page.goto(new URL('caseload/teams/1', server.url).href);
    const person = await page.locator('main ul.people a[href^="/caseload/people/"]').first().getAttribute('href');
    await audit(page, { pathname: person });
    await audit(page, { pathname: `${person}/scores/new` });
    await page.goto(new URL('caseload/teams/1/requests', server.url).href);
    const request = await page.locator('main table a[href^="/caseload/requests/"]').first().getAttribute('href');
    await audit(page, { pathname: request });
  });
});

describe('pages of a caseload team coordinator', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, DEMO.caseloadCoordinator);
  });
  after(async () => { await context?.close(); });

  for (const pathname of ['/caseload/teams/2', '/caseload/teams/2/settings', '/caseload/teams/2/requests']) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }
});

describe('pages of a caseload team read from outside', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, DEMO.admin);
  });
  after(async () => { await context?.close(); });

  for (const pathname of ['/admin/caseload/teams', '/caseload/teams/2/figures']) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }
});

// The helpdesk as a responder answers it (its home, intake, a request and the directory search from it, the
// intake's findings) and as a professional asks it.
describe('pages of the helpdesk', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, DEMO.regionResponder);
  });
  after(async () => { await context?.close(); });

  for (const pathname of ['/helpdesk', '/helpdesk/requests/new']) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }

  it('a request and its directory search have no serious or critical axe violation', async () => {
    await page.goto(new URL('helpdesk', server.url).href);
    const href = await page.locator('main a[href^="/helpdesk/requests/"]:not([href$="/new"])').first().getAttribute('href');
    await audit(page, { pathname: href });
    await audit(page, { pathname: `${href}/orient` });
    await audit(page, { pathname: `${href}/edit` });
  });

  it('the intake with identifying data flagged has no serious or critical axe violation', async () => {
    await page.goto(new URL('helpdesk/requests/new', server.url).href);
    await page.fill('#question', 'Dossier 85.07.30-033.28, tél 0470 12 34 56');
    await Promise.all([page.waitForNavigation(), page.click('main form button[value="save"]')]);
    assert.ok(await page.locator('main .alert').isVisible());
    await audit(page);
  });

  it('the professional\'s web form and "My requests" have no serious or critical axe violation', async () => {
    const other = await browser.newContext();
    const pro = await other.newPage();
    await login(pro, server.url, DEMO.professional);
    await audit(pro, { pathname: '/helpdesk/ask' });
    await audit(pro, { pathname: '/helpdesk/mine' });
    await other.close();
  });
});

// The concertation as its organiser runs it (the demo's 1000 Bruxelles group: its page, settings, follow-up table,
// a situation, the meetings, a meeting's agenda, the counts), as a member not bound by secrecy sees it, and the
// administrators' list of groups.
const CONCERTATION = {
  organiser: { email: 'concertation@demo.maillage.brussels', password: 'demo-world-2026' },
  police: { email: 'concertation.police@demo.maillage.brussels', password: 'demo-world-2026' },
};
describe('pages of a concertation', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await login(page, server.url, CONCERTATION.organiser);
  });
  after(async () => { await context?.close(); });

  for (const pathname of ['/concertation', '/concertation/groups/1', '/concertation/groups/1/settings',
    '/concertation/groups/1/situations', '/concertation/groups/1/meetings', '/concertation/groups/1/counts']) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname });
    });
  }

  it('a situation and a meeting\'s agenda have no serious or critical axe violation', async () => {
    await page.goto(new URL('concertation/groups/1/situations', server.url).href);
    const situation = await page.locator('main table a[href^="/concertation/situations/"]').first().getAttribute('href');
    await audit(page, { pathname: situation });
    await page.goto(new URL('concertation/groups/1/meetings', server.url).href);
    const meeting = await page.locator('main table a[href^="/concertation/meetings/"]').last().getAttribute('href');
    await audit(page, { pathname: meeting });
  });

  it('a member not bound by secrecy and the administrators\' list have no serious or critical axe violation', async () => {
    const other = await browser.newContext();
    const police = await other.newPage();
    await login(police, server.url, CONCERTATION.police);
    await audit(police, { pathname: '/concertation/groups/1' });
    await other.close();
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await login(adminPage, server.url, DEMO.admin);
    await audit(adminPage, { pathname: '/admin/concertation' });
    await admin.close();
  });
});

// Tables scroll sideways on a small screen: there, every scrolling region must be reachable with the keyboard.
describe('pages on a phone-sized screen (360×640)', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
    await login(page, server.url, DEMO.admin);
  });
  after(async () => { await context?.close(); });

  for (const pathname of ['/territory', ...ADMIN_PAGES.filter((p) => TABLE_PAGES.has(p)), '/helpdesk/lines/region/rota']) {
    it(`${pathname} has no serious or critical axe violation`, async () => {
      await audit(page, { pathname, prepare: pathname === '/territory' ? mapDrawn : undefined });
    });
  }
});
