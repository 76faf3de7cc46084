// Logging in and out, languages, and the same without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useServer, useBrowser, login, DEMO, REPO_ROOT } from './server.mjs';

const server = useServer();
const browser = useBrowser();

// Minimal reader of a gettext catalogue: msgid -> msgstr for translated, non-fuzzy entries.
function readCatalogue(lang) {
  let text;
  try { text = readFileSync(path.join(REPO_ROOT, 'po', `${lang}.po`), 'utf8'); } catch { return new Map(); }
  const entries = new Map();
  for (const block of text.split(/\n\s*\n/)) {
    if (/^#,.*\bfuzzy\b/m.test(block)) continue;
    const field = (name) => {
      const m = new RegExp(`^${name}\\s+("(?:[^"\\\\]|\\\\.)*"(?:\\s*\\n\\s*"(?:[^"\\\\]|\\\\.)*")*)`, 'm').exec(block);
      if (!m) return null;
      return m[1].match(/"(?:[^"\\]|\\.)*"/g).map((s) => JSON.parse(s)).join('');
    };
    const id = field('msgid');
    const str = field('msgstr');
    if (id && str) entries.set(id, str);
  }
  return entries;
}

// The territory page's h1 in `shown` is its translation in po/<shown.lang>.po when there is one, and differs from
// the h1 in `other` when the two catalogues translate it differently.
function assertTitleTranslated(shown, other) {
  const msgid = 'The territory';
  const hint = ' (is the binary older than po/*.po? rebuild it)';
  const expected = readCatalogue(shown.lang).get(msgid);
  if (expected) assert.equal(shown.h1, expected, `po/${shown.lang}.po translates "${msgid}"${hint}`);
  if ((expected ?? msgid) !== (readCatalogue(other.lang).get(msgid) ?? msgid)) {
    assert.notEqual(shown.h1, other.h1, `the h1 differs between ${other.lang} and ${shown.lang}${hint}`);
  }
}

const text = (page, selector) => page.locator(selector).first().innerText().then((s) => s.trim());
const htmlLang = (page) => page.locator('html').getAttribute('lang');

test('a professional logs in, sees their name, switches to Dutch then English, and logs out', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await login(page, server.url, DEMO.professional);
    assert.equal(await text(page, 'header .account .who'), DEMO.professional.name);
    assert.equal(await htmlLang(page), 'fr', 'French is the default language');

    // The territory page shows both catalogue text (h1) and data in the reader's language (care area names).
    await Promise.all([page.waitForURL('**/territory*'), page.click('nav.main-nav a[href="/territory"]')]);
    const fr = { lang: 'fr', h1: await text(page, 'main h1'), legend: await text(page, 'main .legend') };

    await Promise.all([page.waitForURL(/[?&]lang=nl\b/), page.click('nav.languages a[hreflang="nl"]')]);
    assert.equal(await htmlLang(page), 'nl');
    assert.equal(await page.locator('nav.languages [aria-current="true"]').getAttribute('lang'), 'nl');
    const nl = { lang: 'nl', h1: await text(page, 'main h1'), legend: await text(page, 'main .legend') };
    assert.notEqual(nl.legend, fr.legend, 'the care areas are named in Dutch');
    assert.equal(await text(page, 'header .account .who'), DEMO.professional.name, 'still logged in');

    // The page title comes from the catalogues, which are being translated: expect Dutch only where po/ has it.
    assertTitleTranslated(nl, fr);

    await Promise.all([page.waitForURL(/[?&]lang=en\b/), page.click('nav.languages a[hreflang="en"]')]);
    assert.equal(await htmlLang(page), 'en');
    const en = { lang: 'en', h1: await text(page, 'main h1'), legend: await text(page, 'main .legend') };
    assert.notEqual(en.legend, nl.legend, 'the care areas are named in English');
    assert.notEqual(en.legend, fr.legend, 'the care areas are named in English');
    assertTitleTranslated(en, fr);

    // Log out with the button of the header's form.
    await Promise.all([page.waitForNavigation(), page.click('header .account form[action="/logout"] button[type="submit"]')]);
    assert.equal(await page.locator('header .account .who').count(), 0, 'the name is gone from the header');
    assert.ok(await page.locator('header .account a[href="/login"]').isVisible(), 'the header offers to log in');
    const response = await page.goto(new URL('profile', server.url).href);
    assert.equal(response.status(), 200);
    assert.match(new URL(page.url()).pathname, /^\/login$/, 'the profile needs a new login');
  } finally {
    await context.close();
  }
});

test('a wrong password shows an error and keeps the typed e-mail', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await login(page, server.url, { email: DEMO.professional.email, password: 'not-the-password' });
    assert.equal(new URL(page.url()).pathname, '/login');
    const errors = page.locator('main .errors[role="alert"]');
    assert.ok(await errors.isVisible(), 'an error summary is shown');
    assert.ok((await errors.innerText()).trim().length > 0, 'the error summary says something');
    const email = page.locator('#email');
    assert.equal(await email.inputValue(), DEMO.professional.email, 'the e-mail is kept');
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    const describedBy = await email.getAttribute('aria-describedby');
    assert.ok(describedBy && (await page.locator(`#${describedBy}`).innerText()).trim(), 'the field explains the error');
    assert.equal(await page.locator('#password').inputValue(), '', 'the password is never sent back');
    assert.equal(await page.locator('header .account .who').count(), 0, 'not logged in');
  } finally {
    await context.close();
  }
});

test('without JavaScript a professional logs in, opens the profile and logs out', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Asking for the profile leads to the login form, which leads back to the profile.
    await page.goto(new URL('profile', server.url).href);
    assert.equal(new URL(page.url()).pathname, '/login');
    await page.fill('#email', DEMO.professional.email);
    await page.fill('#password', DEMO.professional.password);
    await Promise.all([page.waitForNavigation(), page.click('main form[action="/login"] button[type="submit"]')]);
    assert.equal(new URL(page.url()).pathname, '/profile');
    assert.equal(await text(page, 'header .account .who'), DEMO.professional.name);
    assert.equal(await page.locator('#name').inputValue(), DEMO.professional.name);
    assert.equal(await page.locator('#email').inputValue(), DEMO.professional.email);

    // Opening it again from the header menu works too.
    await Promise.all([page.waitForNavigation(), page.click('nav.main-nav a[href="/"]')]);
    await Promise.all([page.waitForNavigation(), page.click('nav.main-nav a[href="/profile"]')]);
    assert.equal(new URL(page.url()).pathname, '/profile');

    await Promise.all([page.waitForNavigation(), page.click('header .account form[action="/logout"] button[type="submit"]')]);
    assert.equal(await page.locator('header .account .who').count(), 0);
  } finally {
    await context.close();
  }
});
