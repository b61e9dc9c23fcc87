/**
 * The "What's included" view: every member space that honours a pass, the day-visit rules each one sets,
 * and whether each is open right now on its own clock. Built only when a buyer opens it.
 */
import { msg, plural, str } from '../../shared/localize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { passNote, spacesHonouring } from '../../feed/query.js';
import type { Feed, Pass, Space } from '../../feed/schema.js';
import { formatInstant, formatMoney } from '../../shared/format.js';
import { openStatus, type OpenState } from '../../shared/hours.js';
import { safeHref } from '../../shared/safe-url.js';
import { addDays, clockMinutes, zonedParts, zonedTimeToInstant } from '../../shared/time.js';
import { passGrants } from './pass-facts.js';
import { formatWeeklyHours } from './weekly-hours.js';

export interface CoverageOptions {
  feed: Feed;
  pass: Pass;
  locale: string;
  now: number;
  /** The selling member space, marked in the list. */
  referringSpaceId?: string;
}

/** The dialog body: what the pass is, then where it works. */
export function renderCoverage({ feed, pass, locale, now, referringSpaceId }: CoverageOptions): TemplateResult {
  const spaces = spacesHonouring(feed, pass);
  // A pass valid at "all" spaces of a 20,000-space alliance must not freeze the page for seconds: list the
  // first ones (each needs its own clock worked out) and say how many more there are.
  const shown = spaces.slice(0, COVERAGE_LIMIT);
  const hidden = spaces.length - shown.length;
  const statuses = shown.map((space) => describeOpenStatus(space, now, locale));
  const openCount = statuses.filter((status) => status.state === 'open' || status.state === 'closes-soon').length;
  const terms = safeHref(pass.termsUrl);
  return html`
    <p class="coverage-price">${formatMoney(pass.price, locale)}</p>
    ${pass.description ? html`<p class="description text">${pass.description}</p>` : nothing}
    <ul class="grants" role="list">
      ${passGrants(pass, spaces.length, locale).map((grant) => html`<li>${grant}</li>`)}
    </ul>
    ${terms
      ? html`<p class="terms"><a href=${terms} target="_blank" rel="noopener noreferrer">${msg('Terms and conditions')}<span
              class="visually-hidden"
              > ${msg('(opens in a new tab)')}</span
            ></a></p>`
      : nothing}
    ${spaces.length > 0
      ? html`<h3 class="coverage-heading">${msg('Where you can use it')}</h3>
          ${hidden === 0 ? html`<p class="open-summary">${openSummary(openCount, spaces.length)}</p>` : nothing}
          <ul class="spaces" role="list">
            ${shown.map((space, index) => renderSpace(space, pass, statuses[index], locale, space.id === referringSpaceId))}
          </ul>
          ${hidden > 0
            ? html`<p class="more-spaces">${plural(hidden, msg(str`And ${hidden} more member space.`), msg(str`And ${hidden} more member spaces.`))}</p>`
            : nothing}`
      : html`<p class="status empty">${msg('No member space honours this pass yet.')}</p>`}
  `;
}

/** Spaces listed in "What's included" at most. */
const COVERAGE_LIMIT = 200;

function openSummary(openCount: number, total: number): string {
  if (openCount === 0) return msg('None of them is open for day visits right now.');
  if (openCount === total) return total === 1 ? msg('It is open for day visits right now.') : msg('All of them are open for day visits right now.');
  return plural(
    openCount,
    msg(str`${openCount} of ${total} is open for day visits right now.`),
    msg(str`${openCount} of ${total} are open for day visits right now.`),
  );
}

function renderSpace(space: Space, pass: Pass, status: SpaceOpenStatus, locale: string, isReferrer: boolean): TemplateResult {
  const home = safeHref(space.url);
  const where = space.neighbourhood ?? space.address?.locality;
  return html`<li class="space">
    <div class="space-head">
      <h4 class="space-name">
        ${home
          ? html`<a href=${home} target="_blank" rel="noopener noreferrer"><bdi>${space.name}</bdi><span class="visually-hidden"
                > ${msg('(opens in a new tab)')}</span
              ></a>`
          : html`<bdi>${space.name}</bdi>`}
        ${isReferrer ? html`<span class="here">${msg('You are here')}</span>` : nothing}
      </h4>
      <span class="open-state ${status.state}"><span class="dot" aria-hidden="true"></span>${status.text}</span>
    </div>
    ${where ? html`<p class="where text">${where}</p>` : nothing}
    ${renderDayUseRules(space, pass, locale)}
  </li>`;
}

function renderDayUseRules(space: Space, pass: Pass, locale: string): TemplateResult | typeof nothing {
  const dayUse = space.dayUse;
  const rules: [string, unknown][] = [];
  if (dayUse?.accepted === false) rules.push([msg('Day visits'), msg('Not offered to walk-in day visitors; see the notes.')]);
  else {
    const hours = dayUse?.hours ?? space.hours;
    const lines = hours?.length ? formatWeeklyHours(hours, locale) : [];
    const source = dayUse?.hours ? msg('Day-visit hours') : msg('Opening hours');
    if (lines.length > 0) rules.push([source, lines.map((line) => html`<span class="line">${line}</span>`)]);
  }
  if (dayUse?.bookingRequired !== undefined) {
    const booking = safeHref(dayUse.bookingUrl);
    rules.push([
      msg('Booking'),
      dayUse.bookingRequired
        ? html`${msg('Required')}${booking
            ? html` · <a href=${booking} target="_blank" rel="noopener noreferrer">${msg('Book a visit')}<span class="visually-hidden"
                  > ${msg('(opens in a new tab)')}</span
                ></a>`
            : nothing}`
        : msg('Not needed'),
    ]);
  }
  const maxDays = dayUse?.maxConsecutiveDays;
  if (maxDays !== undefined) {
    rules.push([msg('Stay'), maxDays === 1 ? msg('One day at a time') : msg(str`Up to ${maxDays} days in a row`)]);
  }
  if (dayUse?.notes) rules.push([msg('Good to know'), html`<span class="text">${dayUse.notes}</span>`]);
  const note = passNote(space, pass);
  if (note) rules.push([msg('With this pass'), html`<span class="text">${note}</span>`]);
  if (rules.length === 0) return nothing;
  return html`<dl class="rules">
    ${rules.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

interface SpaceOpenStatus {
  state: OpenState;
  /** "Open now, until 5:00 PM CST": the state in words, so it never relies on colour. */
  text: string;
}

/**
 * Whether a pass holder could walk in now: the space's day-visit hours (its opening hours when it sets
 * none), with its holiday exceptions, on its own clock.
 */
function describeOpenStatus(space: Space, now: number, locale: string): SpaceOpenStatus {
  if (space.dayUse?.accepted === false) return { state: 'unknown', text: msg('No walk-in day visits') };
  try {
    const zone = space.timezone;
    const status = openStatus({ hours: space.dayUse?.hours ?? space.hours, hoursExceptions: space.hoursExceptions, timezone: zone }, now);
    const at = (change: { time: string; inDays: number }) => {
      const day = addDays(zonedParts(now, zone), change.inDays);
      const instant = zonedTimeToInstant(day, clockMinutes(change.time), zone);
      const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
      return formatInstant(instant, locale, zone, change.inDays > 0 ? { ...options, weekday: 'short' } : options);
    };
    switch (status.state) {
      case 'open':
        return { state: 'open', text: status.closes ? msg(str`Open now, until ${at(status.closes)}`) : msg('Open now') };
      case 'closes-soon':
        return { state: 'closes-soon', text: status.closes ? msg(str`Closes soon, at ${at(status.closes)}`) : msg('Closes soon') };
      case 'opens-soon':
        return { state: 'opens-soon', text: status.opens ? msg(str`Opens soon, at ${at(status.opens)}`) : msg('Opens soon') };
      case 'closed':
        return { state: 'closed', text: status.opens ? msg(str`Closed, opens ${at(status.opens)}`) : msg('Closed') };
      default:
        return { state: 'unknown', text: msg('Hours not listed') };
    }
  } catch {
    return { state: 'unknown', text: msg('Hours not listed') };
  }
}
