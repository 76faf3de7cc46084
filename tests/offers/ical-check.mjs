// Parses an iCalendar file with ical.js (the parser calendar web apps use) and prints what it understood as
// JSON: the calendar's name and each event's uid, summary, location, start and end in UTC.
// Usage: node tests/offers/ical-check.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((v) => {
  const e = new ICAL.Event(v);
  return {
    uid: e.uid,
    summary: e.summary,
    location: e.location,
    description: e.description,
    start: e.startDate.toUnixTime(),
    end: e.endDate.toUnixTime(),
  };
});
console.log(JSON.stringify({ name: calendar.getFirstPropertyValue('x-wr-calname'), events }));
