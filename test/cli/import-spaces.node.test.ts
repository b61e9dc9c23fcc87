/**
 * `alliance-kit import-spaces`: member spreadsheets as Google Sheets and Excel export them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed/parse.js';
import { parseOpeningHours } from '../../src/cli/opening-hours.js';
import { baseFeed, readJson, run, scratch, temporaryFiles } from './harness.js';

const feedJson = (overrides: Record<string, unknown> = {}) => JSON.stringify(baseFeed(overrides), null, 2);

async function importSheet(csv: string | Uint8Array, feed = feedJson(), extra: string[] = []) {
  const folder = await scratch({ 'members.csv': csv, 'feed.json': feed });
  const result = await run(['import-spaces', 'members.csv', '--feed', 'feed.json', '--out', 'out.json', ...extra], { cwd: folder });
  return { ...result, folder };
}

const hours = (text: string) => {
  const result = parseOpeningHours(text);
  return result.ok ? result.hours.map((interval) => `${interval.day} ${interval.opens}-${interval.closes}`).join(', ') : `error: ${result.error}`;
};

describe('import-spaces: reading the CSV', () => {
  it('reads quoted commas and line breaks, a BOM and CRLF line endings (Google Sheets / Excel "CSV UTF-8")', async () => {
    const csv =
      '\uFEFFName,Website,Amenities,Day rate,Notes\r\n' +
      '"Crossroads Commons","https://crossroadscommons.example/","Wi-Fi, Meeting rooms, espresso",25,"Ring the bell,\r\nthen wait"\r\n' +
      'Maker Barn,makerbarn.example,,,\r\n';
    const { code, folder, stdout } = await importSheet(csv);
    assert.equal(code, 0, stdout);
    const feed = await readJson(folder, 'out.json');
    assert.deepEqual(feed.spaces, [
      {
        id: 'crossroads-commons',
        name: 'Crossroads Commons',
        url: 'https://crossroadscommons.example/',
        amenities: ['wifi', 'meeting-rooms', 'coffee'],
        dayUse: { accepted: true, price: { amount: '25' }, notes: 'Ring the bell,\nthen wait' },
      },
      { id: 'maker-barn', name: 'Maker Barn', url: 'https://makerbarn.example/' },
    ]);
    assert.match(stdout, /2 spaces added, 0 updated, 0 unchanged, 0 rows skipped\. Wrote out\.json\./);
  });

  it('sniffs semicolons from the header line (Excel in much of Europe) and reads decimal commas', async () => {
    const csv = 'Name;City;Country;Latitude;Longitude;Day rate\r\nCafé Lumière;Lyon;France;45,7640;4,8357;"12,50 EUR"\r\n';
    const { code, folder, stdout } = await importSheet(csv, feedJson({ alliance: { ...(baseFeed().alliance as object), currency: 'EUR' } }));
    assert.equal(code, 0, stdout);
    const [space] = (await readJson(folder, 'out.json')).spaces;
    assert.deepEqual(space, {
      id: 'cafe-lumiere',
      name: 'Café Lumière',
      address: { locality: 'Lyon', country: 'FR' },
      geo: { lat: 45.764, lon: 4.8357 },
      dayUse: { accepted: true, price: { amount: '12.50' } },
    });
  });

  it('reads Excel\'s older Windows-1252 export and says so', async () => {
    const bytes = Uint8Array.from([...Buffer.from('Name,City\r\nCaf'), 0xe9, ...Buffer.from(' du Port,Nantes\r\n')]);
    const { code, folder, stdout } = await importSheet(bytes);
    assert.equal(code, 0, stdout);
    assert.equal((await readJson(folder, 'out.json')).spaces[0].name, 'Café du Port');
    assert.match(stdout, /read as windows-1252/);
  });

  it('refuses a sheet without a Name column and lists the columns it has', async () => {
    const { code, stderr, folder } = await importSheet('Space title,Website\nA,a.example\n');
    assert.equal(code, 2);
    assert.match(stderr, /has no "Name" column/);
    assert.match(stderr, /"Space title", "Website"/);
    assert.deepEqual(await temporaryFiles(folder), []);
  });

  it('refuses two columns that mean the same field, naming both by letter', async () => {
    const { code, stderr } = await importSheet('Name,Website,URL\nA,a.example,b.example\n');
    assert.equal(code, 2);
    assert.match(stderr, /"Website" \(B\) and "URL" \(C\) both mean "Website"/);
  });

  it('matches headers leniently and lists the columns it ignores', async () => {
    const csv = 'SPACE NAME,opening_hours (local),Day Rate (USD),Accepts day users?,Internal notes\nHub,"Mon-Fri 9-17",20,yes,paid late\n';
    const { code, folder, stdout } = await importSheet(csv);
    assert.equal(code, 0, stdout);
    const [space] = (await readJson(folder, 'out.json')).spaces;
    assert.equal(space.name, 'Hub');
    assert.equal((space.hours as unknown[]).length, 5);
    assert.deepEqual(space.dayUse, { accepted: true, price: { amount: '20' } });
    assert.equal(JSON.stringify(space).includes('paid late'), false);
    assert.match(stdout, /Ignored columns \(not feed fields\): "Internal notes"/);
  });
});

describe('import-spaces: rows with problems', () => {
  it('reports each bad row with the row number the spreadsheet shows, skips it, and imports the rest', async () => {
    const csv = [
      'Name,Website,Opening hours,Day rate,Country',
      'Good One,good.example,Mon-Fri 9-17,20,US',
      '', // a blank row still counts in the spreadsheet's numbering
      'Bad Site,http://bad.example,,,',
      '"Quoted, with comma",q.example,"Mon-Fri 9-5",,',
      'Bad Price,,,"1,250",Narnia',
      ',nameless.example,,,',
    ].join('\n');
    const { code, folder, stdout } = await importSheet(csv);
    assert.equal(code, 1);
    const feed = await readJson(folder, 'out.json');
    assert.deepEqual(feed.spaces.map((space) => space.id), ['good-one']);
    assert.match(stdout, /row 4 \(Bad Site\):\n\s+- Website: "http:\/\/bad\.example" must start with https:\/\//);
    assert.match(stdout, /row 5 \(Quoted, with comma\):\n\s+- Opening hours: "Mon-Fri 9-5": "9-5" is ambiguous: write "9-17"/);
    assert.match(stdout, /row 6 \(Bad Price\):\n\s+- Day rate: "1,250" is ambiguous: write "1250" or "1\.250"\n\s+- Country: "Narnia" is not a country/);
    assert.match(stdout, /row 7:\n\s+- has no name/);
    assert.match(stdout, /Skipped 4 rows with problems/);
  });

  it('reports a row whose unquoted separator shifted its cells', async () => {
    const csv = 'Name;Opening hours;Day rate\nHub;Mon 9-17; Tue 9-17;20\n';
    const { code, stdout } = await importSheet(csv);
    assert.equal(code, 1);
    assert.match(stdout, /row 2 \(Hub\):\n\s+- has 4 cells but the header has 3 columns: a value that contains a semicolon must be in double quotes/);
  });

  it('needs to know whether day users are welcome when only day-use details are given', async () => {
    const { code, stdout } = await importSheet('Name,Booking URL\nHub,https://hub.example/book\n');
    assert.equal(code, 1);
    assert.match(stdout, /row 2 \(Hub\):\n\s+- has day-use details but does not say whether day users are welcome/);
  });

  it('never writes a result that parseFeed would fault for an imported row', async () => {
    const csv =
      'Name,Website,Email,Phone,Timezone,Kind,Status,Member since,Accepts day users,Max days,Booking required\n' +
      'Hub,hub.example,hello@hub.example,+1 816-555-0142,America/Denver,Co-working,Active,2019-05-01,yes,5,no\n' +
      'Bad Mail,,not-an-email,,,,,,,,\n' +
      'Bad Zone,,,,EST,,,,,,\n' +
      'Bad Kind,,,,,Spaceship,,,,,\n';
    const { code, folder, stdout } = await importSheet(csv);
    assert.equal(code, 1);
    assert.match(stdout, /row 3 \(Bad Mail\):\n\s+- Email: "not-an-email" is not an email address/);
    assert.match(stdout, /row 4 \(Bad Zone\):\n\s+- Timezone: "EST" is not a time zone name; did you mean America\/New_York\?/);
    assert.match(stdout, /row 5 \(Bad Kind\):\n\s+- Kind: "Spaceship" is not a kind of space/);
    const feed = await readJson(folder, 'out.json');
    assert.deepEqual(feed.spaces, [
      {
        id: 'hub',
        name: 'Hub',
        status: 'active',
        kind: 'coworking',
        memberSince: 2019,
        url: 'https://hub.example/',
        timezone: 'America/Denver',
        phone: '+1 816-555-0142',
        email: 'hello@hub.example',
        dayUse: { accepted: true, bookingRequired: false, maxConsecutiveDays: 5 },
      },
    ]);
    const parsed = parseFeed(feed);
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.feed?.spaces[0].timezone, 'America/Denver');
  });

  it('refuses a second row for a space another row already describes', async () => {
    const { code, stdout } = await importSheet('Name,City\nHub,Denver\nHUB,Boulder\n');
    assert.equal(code, 1);
    assert.match(stdout, /row 3 \(HUB\):\n\s+- describes the same space as row 2 \("Hub"\)/);
  });
});

describe('import-spaces: opening hours as people write them', () => {
  it('reads the usual spreadsheet forms', () => {
    assert.equal(hours('Mon-Fri 8:00-18:00; Sat 10-14'), 'mon 08:00-18:00, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00, sat 10:00-14:00');
    assert.equal(hours('Mon–Fri 8am–6pm'), 'mon 08:00-18:00, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00');
    assert.equal(hours('Sat-Sun 10-14, Closed Mon'), 'sat 10:00-14:00, sun 10:00-14:00');
    assert.equal(hours('24/7'), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => `${day} 00:00-24:00`).join(', '));
    assert.equal(hours('Tue,Thu 9-17'), 'tue 09:00-17:00, thu 09:00-17:00');
    assert.equal(hours('Mon 9-12, 13-17.30'), 'mon 09:00-12:00, mon 13:00-17:30');
    assert.equal(hours('Weekdays 9-5pm'), 'mon 09:00-17:00, tue 09:00-17:00, wed 09:00-17:00, thu 09:00-17:00, fri 09:00-17:00');
    assert.equal(hours('Fri 6pm-2am'), 'fri 18:00-02:00');
    assert.equal(hours('Mo-Fr 0800-1800'), 'mon 08:00-18:00, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00');
    assert.equal(hours('Sat noon-midnight'), 'sat 12:00-24:00');
  });

  it('refuses what it would have to guess, saying what to write', () => {
    assert.equal(hours('Mon-Fri 9-5'), 'error: "9-5" is ambiguous: write "9-17" for a day, or use am/pm');
    assert.equal(hours('Mon-Fri 9-17; Sta 10-14'), 'error: "Sta" is not a day or a time');
    assert.equal(hours('Closed Sun'), 'error: only closed days are given; add the opening hours of the other days, e.g. "Mon-Fri 9-17, Closed Sat-Sun"');
    assert.equal(hours('Mon-Fri'), 'error: "Mon-Fri" needs opening times after it, e.g. "Mon-Fri 9:00-17:00"');
    assert.equal(hours('Mon 9-13, 12-17'), 'error: Monday has overlapping times (09:00-13:00 and 12:00-17:00)');
    assert.equal(hours('Mon 9-17; Mon closed'), 'error: Monday is both closed and open');
    assert.equal(hours('Mon 25-26'), 'error: "25" is not a time of day');
  });

  it('imports several hour forms from one sheet and reports the malformed one', async () => {
    const csv = [
      'Name,Hours',
      'A,"Mon-Fri 8:00-18:00; Sat 10-14"',
      'B,Mon–Fri 8am–6pm',
      'C,"Mon-Sat 9-17, Closed Sun"',
      'D,24/7',
      'E,"Tue,Thu 9-17"',
      'F,by appointment',
    ].join('\r\n');
    const { code, folder, stdout } = await importSheet(csv);
    assert.equal(code, 1);
    const spaces = (await readJson(folder, 'out.json')).spaces;
    assert.deepEqual(spaces.map((space) => [space.id, (space.hours as unknown[]).length]), [['a', 6], ['b', 5], ['c', 6], ['d', 7], ['e', 2]]);
    assert.deepEqual(spaces[4].hours, [
      { day: 'tue', opens: '09:00', closes: '17:00' },
      { day: 'thu', opens: '09:00', closes: '17:00' },
    ]);
    assert.match(stdout, /row 7 \(F\):\n\s+- Hours: "by appointment": "by" is not a day or a time/);
  });
});

describe('import-spaces: updating a feed', () => {
  const existing = [
    {
      id: 'crossroads-commons',
      name: 'Crossroads Commons',
      url: 'https://crossroadscommons.example/',
      photo: 'https://images.example/crossroads.jpg',
      passes: [{ pass: 'day-pass' }],
    },
    { id: 'river-market-works', name: 'River Market Works', url: 'https://rmw.example/' },
    { id: 'old-member', name: 'Old Member', url: 'https://old.example/' },
    { id: 'annex', name: 'Annex Building' },
  ];

  it('keeps ids stable on re-import (by ID column, else name, else website) and keeps fields the sheet has no column for', async () => {
    const csv = [
      'ID,Name,Website,City',
      ',CROSSROADS  COMMONS,https://crossroadscommons.example/,Kansas City',
      ',River Market Works (renamed),https://www.rmw.example,Kansas City',
      'old-member,Old Member Renamed,,',
      ',Crossroads Commons Annex,crossroads-annex.example,',
      ',Annex,annex.example,',
    ].join('\n');
    const { code, folder, stdout } = await importSheet(csv, feedJson({ spaces: existing }));
    assert.equal(code, 0, stdout);
    const spaces = (await readJson(folder, 'out.json')).spaces;
    assert.deepEqual(spaces.map((space) => [space.id, space.name]), [
      ['crossroads-commons', 'CROSSROADS  COMMONS'],
      ['river-market-works', 'River Market Works (renamed)'],
      ['old-member', 'Old Member Renamed'],
      ['annex', 'Annex Building'],
      ['crossroads-commons-annex', 'Crossroads Commons Annex'],
      ['annex-2', 'Annex'],
    ]);
    assert.equal(spaces[0].photo, 'https://images.example/crossroads.jpg');
    assert.deepEqual(spaces[0].passes, [{ pass: 'day-pass' }]);
    assert.equal(spaces[2].url, undefined, 'an empty cell in a column the sheet has clears the field');
    assert.match(stdout, /updated\s+crossroads-commons \(row 2\): name, address\n/);
    assert.match(stdout, /updated\s+river-market-works \(row 3\): name, url, address\n/);
    assert.match(stdout, /updated\s+old-member \(row 4\): name, url \(removed\)\n/);
    assert.match(stdout, /Kept as they were \(not in the spreadsheet\): annex\./);

    // Importing the result again changes nothing and writes nothing.
    const again = await run(['import-spaces', 'members.csv', '--feed', 'out.json', '--force'], { cwd: folder });
    assert.equal(again.code, 0);
    assert.match(again.stdout, /0 spaces added, 0 updated, 5 unchanged, 0 rows skipped\. Nothing changed, so nothing was written\./);
  });

  it('keeps spaces the sheet does not mention unless --remove-missing, and a skipped row keeps its space as it was', async () => {
    const csv = 'Name,Website\nCrossroads Commons,http://insecure.example\nRiver Market Works,https://rmw.example/\n';
    const kept = await importSheet(csv, feedJson({ spaces: existing }));
    assert.equal(kept.code, 1);
    const spaces = (await readJson(kept.folder, 'out.json')).spaces;
    assert.deepEqual(spaces, existing, 'nothing changed: the bad row left its space alone');
    assert.match(kept.stdout, /Kept as they were \(not in the spreadsheet\): old-member and annex/);
    assert.match(kept.stdout, /These spaces keep what the feed had: crossroads-commons/);

    const removed = await importSheet(csv, feedJson({ spaces: existing }), ['--remove-missing']);
    assert.deepEqual((await readJson(removed.folder, 'out.json')).spaces.map((space) => space.id), ['crossroads-commons', 'river-market-works']);
    assert.match(removed.stdout, /removed\s+old-member \(not in the spreadsheet\)\n\s+removed\s+annex/);
  });

  it('never replaces the feed in place without --force or --out, and sets "updated" only when something changed', async () => {
    const folder = await scratch({ 'members.csv': 'Name\nNew Space\n', 'feed.json': feedJson() });
    const refused = await run(['import-spaces', 'members.csv', '--feed', 'feed.json'], { cwd: folder });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /feed\.json already exists, so nothing was written\.\nTo update it in place, add --force/);
    assert.equal((await readJson(folder, 'feed.json')).spaces.length, 0);

    const forced = await run(['import-spaces', 'members.csv', '--feed', 'feed.json', '--force'], { cwd: folder });
    assert.equal(forced.code, 0);
    const feed = await readJson(folder, 'feed.json');
    assert.deepEqual(feed.spaces, [{ id: 'new-space', name: 'New Space' }]);
    assert.equal(feed.updated, '2026-11-28T06:00:00-06:00');
    assert.deepEqual(await temporaryFiles(folder), []);
  });

  it('says clearly when the spreadsheet or the feed is missing', async () => {
    const folder = await scratch({ 'feed.json': feedJson() });
    const missing = await run(['import-spaces', 'nope.csv', '--feed', 'feed.json', '--out', 'x.json'], { cwd: folder });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /There is no spreadsheet named "nope\.csv"/);
    const noFeed = await run(['import-spaces', 'feed.json', '--feed', 'missing.json', '--out', 'x.json'], { cwd: folder });
    assert.equal(noFeed.code, 2);
    assert.match(noFeed.stderr, /There is no feed file named "missing\.json"/);
  });
});
