import { msg, plural, str } from '../../shared/localize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { findSpace } from '../../feed/query.js';
import type { AllianceEvent, Feed } from '../../feed/schema.js';
import { AllianceElement } from '../../shared/alliance-element.js';
import { clock } from '../../shared/clock.js';
import { formatInstant, formatMoney, isFree, numberFormat, zoneName, dateTimeFormat } from '../../shared/format.js';
import { icsEventFromFeed, writeCalendar } from '../../shared/ics.js';
import { writeJsonLd } from '../../shared/json-ld.js';
import { safeUrl } from '../../shared/safe-url.js';
import { renderLoading } from '../../shared/states.js';
import { baseStyles } from '../../shared/styles.js';
import { parseIsoDate, zonedParts } from '../../shared/time.js';
import { AllianceEventSelectEvent } from './alliance-event-select.js';
import { eventsStyles } from './alliance-events.styles.js';
import { dayIn } from './event-time.js';
import {
  eventsJsonLd,
  googleCalendarUrl,
  groupByDay,
  parseTags,
  planEvents,
  upcomingCoworkingDay,
  type DayGroup,
  type DisplayZone,
  type EventsPlan,
  type EventsQuery,
  type PlannedEvent,
} from './events-model.js';

/** Events rendered at first, and added by each "Show more". */
export const EVENTS_PAGE_SIZE = 50;
const HOUR_MS = 3_600_000;
/** setTimeout's longest delay; anything later is re-checked at the hour anyway. */
const MAX_DELAY = 2_147_483_647;

/**
 * The alliance's upcoming events, soonest first and grouped by day, with times on the event's clock (and the
 * visitor's, when it differs), calendar downloads and links, and a banner when International Coworking Day is
 * near. Past events drop off by themselves as time passes.
 *
 * @tagname alliance-events
 * @summary Lists the alliance's upcoming events, with add-to-calendar links.
 *
 * @fires {AllianceEventSelectEvent} alliance-event-select - A visitor opened an event (its title link). Cancelable: `preventDefault()` keeps the page where it is. Detail: `{ id, event, url }`.
 * @fires {AllianceFeedLoadEvent} alliance-feed-load - The feed is ready (when this element loads it itself).
 * @fires {AllianceFeedErrorEvent} alliance-feed-error - The feed could not be loaded.
 *
 * @slot - Fallback content shown until the feed is ready (a link to your events page for visitors without JavaScript).
 *
 * @csspart events - The whole list.
 * @csspart banner - The International Coworking Day banner.
 * @csspart empty - The "no upcoming events" message.
 * @csspart section-heading - The "Past events" heading.
 * @csspart day - One day: its heading and its events (list and compact layouts).
 * @csspart day-heading - The date above each day's events.
 * @csspart list - The events of one day (all events, in the cards layout).
 * @csspart event - One event.
 * @csspart image - An event's image (cards layout).
 * @csspart title - An event's title (a link when it has a page).
 * @csspart status - The words for a cancelled, postponed, moved-online, ongoing or ended event; also the shared loading and error states.
 * @csspart time - When the event happens.
 * @csspart date - The event's day, on cards (the other layouts have day headings).
 * @csspart viewer-time - The start on the visitor's clock, when it differs.
 * @csspart place - Host space, location and online link.
 * @csspart price - The price, or "Free".
 * @csspart tags - The event's tags.
 * @csspart description - The event's description (list and cards layouts).
 * @csspart actions - The register and add-to-calendar buttons.
 * @csspart register - The registration link.
 * @csspart calendar - The "Add to calendar" (.ics download) button.
 * @csspart google-calendar - The Google Calendar link.
 * @csspart more - The "Show more" button.
 * @csspart footer - Links below the list: subscribe, all events.
 * @csspart subscribe - The calendar subscription links.
 * @csspart stale - The "Updated … ago" notice when showing a stored copy.
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssproperty --alliance-color-primary - Buttons and the banner accent (default: the feed's brand colour).
 * @cssproperty --alliance-color-on-primary - Text on primary buttons.
 * @cssproperty --alliance-color-link - Links.
 * @cssproperty --alliance-color-surface - Event background.
 * @cssproperty --alliance-color-surface-raised - Banner and tag background.
 * @cssproperty --alliance-color-text - Text.
 * @cssproperty --alliance-color-muted - Secondary text (place, day headings, your-time).
 * @cssproperty --alliance-color-border - Borders.
 * @cssproperty --alliance-color-success - "Happening now".
 * @cssproperty --alliance-color-warning - "Postponed", "Moved online".
 * @cssproperty --alliance-color-danger - "Cancelled".
 * @cssproperty --alliance-focus-color - Focus ring.
 * @cssproperty --alliance-radius - Corner radius.
 * @cssproperty --alliance-spacing - Base spacing.
 * @cssproperty --alliance-font-family - Font (default: the page's).
 * @cssproperty --alliance-font-size - Base font size.
 */
export class AllianceEventsElement extends AllianceElement {
  static override styles = [baseStyles, eventsStyles];

  /** Only events hosted by this member space (its id in the feed). */
  @property() space?: string;

  /** Only events with any of these tags (space-separated), e.g. `tags="workshop mixer"`. */
  @property() tags?: string;

  /** Show at most this many events (no "Show more"). Without it: 50 at a time, with a "Show more" button. */
  @property({ type: Number }) limit?: number;

  /** Only events starting within this many days. */
  @property({ type: Number }) days?: number;

  /** `list` (default), `compact` (one dense row per event) or `cards` (a grid, with images). */
  @property({ reflect: true }) layout: 'list' | 'compact' | 'cards' = 'list';

  /** Also list past events (most recent first, after the upcoming ones). */
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;

  /** Show times on the event's clock (`event`, default; the visitor's is added when it differs) or the visitor's (`viewer`). */
  @property({ attribute: 'time-zone' }) timeZone: DisplayZone = 'event';

  /** An iCalendar (.ics) subscription address; overrides the feed's `alliance.calendarUrl`. */
  @property({ attribute: 'calendar-url' }) calendarUrl?: string;

  /** Write schema.org `Event` JSON-LD for the listed events into the page, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The heading level of the day headings (2–5; event titles are one level below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The moment the list was last evaluated against: moves on by the hour and when the page is shown again. */
  @state() private now = clock.now();
  @state() private pages = 1;
  @state() private pastRequested = false;
  @state() private filtersCleared = false;
  @state() private brokenImages: ReadonlySet<string> = new Set();

  private plan: EventsPlan = { upcoming: [], past: [] };
  private planInputs: unknown[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private structuredDataWritten = false;
  private focusAfterMore: number | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.reevaluateWhenShown);
    this.reevaluate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.reevaluateWhenShown);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filters = ['space', 'tags', 'days', 'limit', 'showPast', 'timeZone'] as const;
    if (filters.some((key) => changed.has(key))) {
      // The embedder changed what to show: start again from the first page and its own filters.
      this.pages = 1;
      this.filtersCleared = false;
      this.pastRequested = false;
    }
    const feed = this.feedState.feed;
    const query = this.query();
    const inputs = [feed, ...Object.values(query)].map((value) => (Array.isArray(value) ? value.join(' ') : value));
    if (inputs.length !== this.planInputs.length || inputs.some((value, i) => value !== this.planInputs[i])) {
      this.planInputs = inputs;
      this.plan = feed ? planEvents(feed.events, query) : { upcoming: [], past: [] };
    }
  }

  protected override render() {
    return this.renderWithFeed(
      (feed) => this.renderEvents(feed),
      () => renderLoading(msg('Loading events…')),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleReevaluation();
    this.writeStructuredData();
    if (this.focusAfterMore !== null) {
      const index = this.focusAfterMore;
      this.focusAfterMore = null;
      this.renderRoot.querySelectorAll<HTMLElement>('.event')[index]?.focus();
    }
  }

  // ------------------------------------------------------------------------------------------- state

  private query(): EventsQuery {
    const cleared = this.filtersCleared;
    return {
      now: this.now,
      zone: this.timeZone === 'viewer' ? 'viewer' : 'event',
      viewerZone: this.viewerZone(),
      space: cleared ? undefined : this.space?.trim() || undefined,
      tags: cleared ? undefined : parseTags(this.tags),
      days: cleared ? undefined : positive(this.days),
      includePast: this.showPast || this.pastRequested,
    };
  }

  private viewerZone(): string {
    try {
      return clock.viewerTimeZone() || 'UTC';
    } catch {
      return 'UTC';
    }
  }

  /** Re-reads the clock: past events drop off, "happening now" and the Coworking Day countdown move on. */
  private reevaluate(): void {
    this.now = clock.now();
    this.scheduleReevaluation();
  }

  private readonly reevaluateWhenShown = (): void => {
    if (document.visibilityState === 'visible') this.reevaluate();
  };

  /** At the next full hour, or sooner when a listed event starts or ends before then. */
  private scheduleReevaluation(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.isConnected) return;
    const now = clock.now();
    let next = now - (now % HOUR_MS) + HOUR_MS;
    for (const { timing } of this.plan.upcoming) {
      if (timing.start > now && timing.start < next) next = timing.start;
      if (timing.expires > now && timing.expires < next) next = timing.expires;
    }
    this.timer = setTimeout(() => this.reevaluate(), Math.min(Math.max(next - now, 0) + 1, MAX_DELAY));
  }

  private writeStructuredData(): void {
    const feed = this.feedState.feed;
    if (this.structuredData && feed) {
      writeJsonLd(this, eventsJsonLd(this.visibleEntries().map((entry) => entry.event), feed));
      this.structuredDataWritten = true;
    } else if (this.structuredDataWritten) {
      writeJsonLd(this, null);
      this.structuredDataWritten = false;
    }
  }

  /** How many events are shown: the `limit`, or whole pages. */
  private shownCount(): number {
    return positive(this.limit) ?? this.pages * EVENTS_PAGE_SIZE;
  }

  private visibleEntries(): PlannedEvent[] {
    const count = this.shownCount();
    const upcoming = this.plan.upcoming.slice(0, count);
    return [...upcoming, ...this.plan.past.slice(0, count - upcoming.length)];
  }

  // ------------------------------------------------------------------------------------------ render

  private renderEvents(feed: Feed) {
    const count = this.shownCount();
    const { upcoming, past } = this.plan;
    const shownUpcoming = upcoming.slice(0, count);
    const shownPast = past.slice(0, Math.max(0, count - shownUpcoming.length));
    const more = positive(this.limit) === undefined && upcoming.length + past.length > count;
    const level = clampLevel(this.headingLevel);
    return html`<div class="events" part="events">
      ${this.renderBanner(feed)}
      ${upcoming.length === 0 ? this.renderEmpty(feed) : nothing}
      ${this.renderEntries(shownUpcoming, feed, level)}
      ${shownPast.length
        ? html`<div class="section-heading" part="section-heading" role="heading" aria-level=${level}>
              ${msg('Past events')}
            </div>
            ${this.renderEntries(shownPast, feed, Math.min(level + 1, 5))}`
        : nothing}
      ${more
        ? html`<button type="button" class="button secondary more" part="more" @click=${this.showMore}>
            ${msg('Show more events')}
          </button>`
        : nothing}
      ${this.renderFooter(feed)}
    </div>`;
  }

  private renderBanner(feed: Feed) {
    const coworkingDay = upcomingCoworkingDay(feed, this.now);
    if (!coworkingDay) return nothing;
    const { inDays, spaces } = coworkingDay;
    const days = numberFormat(this.locale).format(inDays);
    const name = msg('International Coworking Day');
    const when =
      inDays === 0 ? msg(str`Today: ${name}`) : inDays === 1 ? msg(str`Tomorrow: ${name}`) : msg(str`In ${days} days: ${name}`);
    const count = numberFormat(this.locale).format(spaces);
    const hosts =
      spaces === 0 ? '' : plural(spaces, msg(str`${count} space opens its doors`), msg(str`${count} spaces open their doors`));
    return html`<p class="banner" part="banner">${hosts ? msg(str`${when} — ${hosts}`) : when}</p>`;
  }

  private renderEmpty(feed: Feed) {
    const query = this.query();
    const filtered = !!(query.space || query.tags?.length || query.days !== undefined);
    const unfiltered =
      filtered && planEvents(feed.events, { ...query, space: undefined, tags: undefined, days: undefined, includePast: false });
    const pastAvailable = !query.includePast && planEvents(feed.events, { ...query, includePast: true }).past.length > 0;
    return html`<div class="empty" part="empty" role="status">
      <p>${msg('No upcoming events.')}</p>
      ${unfiltered && unfiltered.upcoming.length > 0 || pastAvailable
        ? html`<div class="actions">
            ${unfiltered && unfiltered.upcoming.length > 0
              ? html`<button type="button" class="button secondary" @click=${this.clearFilters}>${msg('Show all upcoming events')}</button>`
              : nothing}
            ${pastAvailable
              ? html`<button type="button" class="button secondary" @click=${this.requestPast}>${msg('Show past events')}</button>`
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  /** Under day headings; cards instead fill one grid, each with its date (a day heading per card would waste the row). */
  private renderEntries(entries: PlannedEvent[], feed: Feed, level: number) {
    if (entries.length === 0) return nothing;
    if (this.layout === 'cards') {
      return html`<ul class="list" part="list" role="list">
        ${entries.map((entry) => this.renderEvent(entry, feed, level))}
      </ul>`;
    }
    return groupByDay(entries).map((group) => this.renderDay(group, feed, level));
  }

  private renderDay(group: DayGroup, feed: Feed, level: number) {
    return html`<section class="day" part="day">
      <div class="day-heading" part="day-heading" role="heading" aria-level=${level}>${this.formatDay(group.day)}</div>
      <ul class="list" part="list" role="list">
        ${group.entries.map((entry) => this.renderEvent(entry, feed, level + 1))}
      </ul>
    </section>`;
  }

  private renderEvent(entry: PlannedEvent, feed: Feed, level: number) {
    try {
      return this.renderEventItem(entry, feed, level);
    } catch (error) {
      // One event the browser cannot format must not take the whole list down.
      console.warn(`[alliance-kit] <alliance-events> could not show event "${entry.event.id}"`, error);
      return nothing;
    }
  }

  private renderEventItem(entry: PlannedEvent, feed: Feed, level: number) {
    const { event } = entry;
    const layout = this.layout;
    const compact = layout === 'compact';
    const active = !entry.past && (event.status === 'scheduled' || event.status === 'moved-online');
    const titleUrl = this.titleUrl(event, feed);
    const title = html`<bdi class="title-text">${event.title}</bdi>`;
    return html`<li class="event ${event.status} ${entry.past ? 'past' : ''}" part="event" tabindex="-1">
      ${layout === 'cards' ? this.renderImage(event) : nothing}
      <p class="when" part="time">
        ${layout === 'cards' ? html`<span class="date" part="date">${this.formatDay(entry.day, 'short')}</span>` : nothing}
        <time datetime=${this.machineTime(entry)}>${this.formatWhen(entry)}</time>${this.renderViewerTime(entry)}
      </p>
      <div class="body">
        <div class="title" part="title" role="heading" aria-level=${Math.min(level, 6)}>
          ${titleUrl
            ? html`<a href=${titleUrl.href} rel="noopener noreferrer" @click=${(click: MouseEvent) => this.openEvent(click, event, titleUrl.href)}
                >${title}</a
              >`
            : title}
        </div>
        ${this.renderBadges(entry)} ${this.renderPlace(event, feed, entry.past)}
        ${compact ? nothing : this.renderMeta(event, feed)}
        ${!compact && event.description ? html`<p class="description" part="description">${event.description}</p>` : nothing}
        ${!compact && active ? this.renderActions(event, feed) : nothing}
      </div>
    </li>`;
  }

  private renderImage(event: AllianceEvent) {
    const src = safeUrl(event.image);
    if (!src || this.brokenImages.has(event.id)) return nothing;
    return html`<img
      class="image"
      part="image"
      src=${src.href}
      alt=${event.imageAlt ?? ''}
      referrerpolicy="no-referrer"
      loading="lazy"
      @error=${() => this.markImageBroken(event.id)}
    />`;
  }

  private renderBadges(entry: PlannedEvent) {
    const labels: [string, string][] = [];
    const status = entry.event.status;
    if (status === 'cancelled') labels.push(['cancelled', msg('Cancelled')]);
    if (status === 'postponed') labels.push(['postponed', msg('Postponed')]);
    if (status === 'moved-online') labels.push(['moved-online', msg('Moved online')]);
    if (entry.ongoing && status !== 'cancelled' && status !== 'postponed') labels.push(['ongoing', msg('Happening now')]);
    if (entry.past) labels.push(['ended', msg('Ended')]);
    if (labels.length === 0) return nothing;
    return html`<p class="badges">
      ${labels.map(([kind, label]) => html`<span class="badge ${kind}" part="status">${label}</span>`)}
    </p>`;
  }

  private renderPlace(event: AllianceEvent, feed: Feed, past: boolean) {
    const space = findSpace(feed, event.space);
    const spaceUrl = safeUrl(space?.url);
    const online = safeUrl(event.onlineUrl);
    const items: TemplateResult[] = [];
    if (space) {
      items.push(
        spaceUrl
          ? html`<a href=${spaceUrl.href} rel="noopener noreferrer"><bdi>${space.name}</bdi></a>`
          : html`<bdi>${space.name}</bdi>`,
      );
    }
    if (event.location && event.location !== space?.name) items.push(html`<bdi>${event.location}</bdi>`);
    if (online && event.status !== 'cancelled' && !past) {
      items.push(html`<a href=${online.href} rel="noopener noreferrer">${msg('Join online')}</a>`);
    }
    if (items.length === 0) return nothing;
    return html`<p class="where" part="place">
      ${items.map((item, i) => html`${i > 0 ? html`<span class="separator" aria-hidden="true">·</span>` : nothing}${item}`)}
    </p>`;
  }

  private renderMeta(event: AllianceEvent, feed: Feed) {
    const price = this.formatPrice(event, feed);
    const tags = event.tags ?? [];
    if (!price && tags.length === 0) return nothing;
    return html`<div class="meta">
      ${price ? html`<span class="price" part="price">${price}</span>` : nothing}
      ${tags.length
        ? html`<ul class="tags" part="tags" role="list" aria-label=${msg('Tags')}>
            ${tags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderActions(event: AllianceEvent, feed: Feed) {
    const register = safeUrl(event.registrationUrl);
    const google = googleCalendarUrl(event, feed);
    return html`<div class="actions" part="actions">
      ${register
        ? html`<a class="button" part="register" href=${register.href} rel="noopener noreferrer"
            >${msg('Register')}<span class="visually-hidden">: <bdi>${event.title}</bdi></span></a
          >`
        : nothing}
      <button type="button" class="button secondary" part="calendar" @click=${() => this.downloadCalendarFile(event, feed)}>
        ${msg('Add to calendar')}<span class="visually-hidden">: <bdi>${event.title}</bdi> (.ics)</span>
      </button>
      ${google
        ? html`<a class="button secondary" part="google-calendar" href=${google.href} target="_blank" rel="noopener noreferrer"
            >${msg('Google Calendar')}<span class="visually-hidden">: <bdi>${event.title}</bdi></span></a
          >`
        : nothing}
    </div>`;
  }

  private renderFooter(feed: Feed) {
    const subscribe = safeUrl(this.calendarUrl) ?? safeUrl(feed.alliance.calendarUrl);
    const allEvents = safeUrl(feed.alliance.eventsUrl);
    if (!subscribe && !allEvents) return nothing;
    const webcal = subscribe ? `webcal://${subscribe.href.slice('https://'.length)}` : '';
    return html`<div class="footer" part="footer">
      ${allEvents ? html`<a href=${allEvents.href} rel="noopener noreferrer">${msg('All events')}</a>` : nothing}
      ${subscribe
        ? html`<a part="subscribe" href=${webcal}>${msg('Subscribe in your calendar app')}</a>
            <a part="subscribe" href=${subscribe.href} rel="noopener noreferrer">${msg('Calendar feed (.ics)')}</a>`
        : nothing}
    </div>`;
  }

  private renderViewerTime(entry: PlannedEvent) {
    const viewerZone = this.viewerZone();
    if (entry.timing.allDay || entry.zone === viewerZone) return nothing;
    const start = entry.timing.start;
    const shown = zonedParts(start, entry.zone);
    const viewer = zonedParts(start, viewerZone);
    const sameWallTime =
      shown.year === viewer.year && shown.month === viewer.month && shown.day === viewer.day &&
      shown.hour === viewer.hour && shown.minute === viewer.minute;
    if (sameWallTime) return nothing;
    const sameDay = shown.year === viewer.year && shown.month === viewer.month && shown.day === viewer.day;
    const time = formatInstant(start, this.locale, viewerZone, sameDay ? TIME : DATE_TIME_SHORT);
    return html`<span class="viewer-time" part="viewer-time">${msg(str`${time} your time`)}</span>`;
  }

  // ------------------------------------------------------------------------------------------ format

  /** "9:00 AM – 11:00 AM CDT", "Mar 12, 6:00 PM CST – Mar 14, 4:00 PM CDT", "All day", "Aug 9 – 10". */
  private formatWhen(entry: PlannedEvent): string {
    const { timing, zone } = entry;
    const locale = this.locale;
    if (timing.allDay) {
      if (timing.firstDay === timing.lastDay) return msg('All day');
      return formatDateRange(timing.firstDay, timing.lastDay, locale);
    }
    const end = timing.end;
    const multiDay = end !== null && dayIn(end - 1, zone) !== dayIn(timing.start, zone);
    const options = multiDay ? DATE_TIME : TIME;
    const start = formatInstant(timing.start, locale, zone, options);
    const startZone = zoneName(timing.start, locale, zone);
    if (end === null) return `${start} ${startZone}`;
    const finish = formatInstant(end, locale, zone, options);
    const endZone = zoneName(end, locale, zone);
    // The zone is named once, unless the clocks change during the event (then each end gets its own).
    return startZone === endZone
      ? `${range(start, finish)} ${endZone}`
      : range(`${start} ${startZone}`, `${finish} ${endZone}`);
  }

  private machineTime(entry: PlannedEvent): string {
    return entry.timing.allDay ? entry.timing.firstDay : new Date(entry.timing.start).toISOString();
  }

  /** "Thursday, December 10" or "Thu, Dec 10" (with the year when it is not this year). */
  private formatDay(day: string, width: 'long' | 'short' = 'long'): string {
    const date = parseIsoDate(day);
    const thisYear = zonedParts(this.now, this.viewerZone()).year;
    return formatInstant(Date.UTC(date.year, date.month - 1, date.day), this.locale, 'UTC', {
      weekday: width,
      month: width,
      day: 'numeric',
      ...(date.year !== thisYear ? { year: 'numeric' } : {}),
    });
  }

  private formatPrice(event: AllianceEvent, feed: Feed): string {
    if (event.free || isFree(event.price)) return msg('Free');
    if (!event.price) return '';
    try {
      return formatMoney(event.price, this.locale);
    } catch {
      return `${event.price.amount} ${event.price.currency || feed.alliance.currency}`;
    }
  }

  /** The title links to the registration page, else the alliance's events page; never to sign up for a cancelled event. */
  private titleUrl(event: AllianceEvent, feed: Feed): URL | null {
    const registration = event.status === 'cancelled' ? null : safeUrl(event.registrationUrl);
    return registration ?? safeUrl(feed.alliance.eventsUrl);
  }

  // ---------------------------------------------------------------------------------------- handlers

  private openEvent(click: MouseEvent, event: AllianceEvent, url: string): void {
    const select = new AllianceEventSelectEvent({ id: event.id, event, url });
    this.dispatchEvent(select);
    if (select.defaultPrevented) click.preventDefault();
  }

  /** Builds the event's .ics in the browser and hands it to the visitor as a download. */
  private downloadCalendarFile(event: AllianceEvent, feed: Feed): void {
    const text = writeCalendar({ events: [icsEventFromFeed(event, feed)], stamp: clock.now() });
    const link = document.createElement('a');
    link.download = `${event.id}.ics`;
    link.hidden = true;
    let objectUrl: string | null = null;
    try {
      objectUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      link.href = objectUrl;
    } catch {
      link.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
    }
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoked a little later: some browsers start reading the blob only after the click has returned.
    if (objectUrl) setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  }

  private showMore(): void {
    this.focusAfterMore = this.shownCount();
    this.pages += 1;
  }

  // The pressed button goes away with the empty state: the focus moves on to the first event now listed,
  // so keyboard and screen reader users land on what they asked for rather than at the top of the page.
  private clearFilters(): void {
    this.focusAfterMore = 0;
    this.filtersCleared = true;
  }

  private requestPast(): void {
    this.focusAfterMore = 0;
    this.pastRequested = true;
  }

  private markImageBroken(id: string): void {
    this.brokenImages = new Set([...this.brokenImages, id]);
  }
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATE_TIME: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const DATE_TIME_SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', ...DATE_TIME };

function range(from: string, to: string): string {
  return msg(str`${from} – ${to}`);
}

/** "Aug 9 – 10", "9–10 août": Intl's own range wording for the locale. */
function formatDateRange(first: string, last: string, locale: string): string {
  const a = parseIsoDate(first);
  const b = parseIsoDate(last);
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC' };
  if (a.year !== b.year) options.year = 'numeric';
  return dateTimeFormat(locale, options).formatRange(Date.UTC(a.year, a.month - 1, a.day), Date.UTC(b.year, b.month - 1, b.day));
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

function clampLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(Math.max(level, 2), 5) : 3;
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-events': AllianceEventsElement;
  }
}
