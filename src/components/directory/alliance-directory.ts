import { msg, plural, str } from '../../shared/localize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { activeSpaces } from '../../feed/query.js';
import { SPACE_KINDS, type Feed, type Space, type SpaceKind } from '../../feed/schema.js';
import { AllianceElement } from '../../shared/alliance-element.js';
import { clock } from '../../shared/clock.js';
import { numberFormat } from '../../shared/format.js';
import { openStatus } from '../../shared/hours.js';
import { writeJsonLd } from '../../shared/json-ld.js';
import { baseStyles } from '../../shared/styles.js';
import { directoryStyles } from './alliance-directory.styles.js';
import {
  buildRecords,
  collatorFor,
  DEFAULT_VIEW,
  filterRecords,
  hasFilters,
  memoizeLast,
  sortByName,
  type DirectoryView,
  type SortOrder,
  type SpaceRecord,
} from './directory-model.js';
import { AllianceSpaceSelectEvent } from './directory-events.js';
import { haversineKm, locate, LocateError, MAPS_PROVIDERS, type GeolocationLike, type LatLon, type LocateFailure, type MapsProvider } from './geo.js';
import { amenityLabel, isKnownAmenity, kindLabel } from './labels.js';
import { rotationSeed, seededShuffleBy } from './rotation.js';
import { LAYOUTS, renderSpaceCard, type DirectoryLayout } from './space-card.js';
import { directoryJsonLd } from './structured-data.js';
import { readViewFromHash, writeViewToHash } from './url-state.js';

/** Space-separated attribute values ("coworking makerspace") as a list. */
const spaceSeparated = {
  fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: string[]) => value.join(' '),
};

/** `show-filters="false"` (or off / no / 0) turns the filters off; absent or any other value keeps them. */
const onOff = {
  fromAttribute: (value: string | null) => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

const DEFAULT_PAGE_SIZE = 24;
/** How long typing must pause before the new count is read out (the visible count updates at once). */
const ANNOUNCE_TYPING_MS = 700;
const ANNOUNCE_MS = 150;

interface ScopeFacets {
  kinds: SpaceKind[];
  amenities: string[];
  passes: { id: string; name: string }[];
  anyHours: boolean;
  anyDayUse: boolean;
  anyGeo: boolean;
}

/**
 * The member-space directory: every active member of the alliance as a card with photo, kind,
 * neighbourhood, address, amenities, today's hours and whether it is open now (on the space's own clock),
 * its day-visitor policy and the alliance passes it honours; with search, filters, a fair daily order,
 * name and distance sorting. Renders only what is needed, so a national network of 10,000 spaces stays quick.
 *
 * @tagname alliance-directory
 * @summary Searchable, filterable directory of the alliance's member spaces.
 *
 * @fires {AllianceSpaceSelectEvent} alliance-space-select - A visitor opened a space's link. Cancelable:
 *   `preventDefault()` keeps the browser on the page (route or open a dialog instead). Detail: `spaceId`,
 *   `space`, `url`. Plain left clicks only; a click that opens a new tab never fires it.
 * @fires {AllianceFeedLoadEvent} alliance-feed-load - The feed set with `feed` (or the page default) is ready.
 * @fires {AllianceFeedErrorEvent} alliance-feed-error - That feed could not be loaded.
 *
 * @slot - Fallback shown until the feed is ready (say, a link to the alliance's member list). With
 *   `structured-data`, the JSON-LD script is also written here, in the light DOM where search engines read it.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - Search, filters and sort.
 * @csspart search - The search box.
 * @csspart filters - The filter controls (folded away behind `filters-toggle` in narrow containers).
 * @csspart filters-toggle - The "Filters" button that unfolds them in narrow containers.
 * @csspart near-me - The "Near me" button.
 * @csspart count - "12 spaces" / "Showing 24 of 10,000 spaces".
 * @csspart clear-filters - The "Clear filters" buttons.
 * @csspart list - The list of cards.
 * @csspart card - One space. The current space's card also has the part `current`.
 * @csspart current - The card of the space named by `current-space`.
 * @csspart here - The "You are here" label.
 * @csspart media - The photo area (also `placeholder` when it shows a monogram instead).
 * @csspart placeholder - The monogram shown when a space has no photo, or its photo fails to load.
 * @csspart photo - The photo.
 * @csspart name - The space's name (a heading).
 * @csspart open-state - "Open now · Closes at 7:00 PM".
 * @csspart address - The address and its map link.
 * @csspart map-link - "Open in maps".
 * @csspart amenities - The amenity list.
 * @csspart day-use - The day-visitor policy.
 * @csspart booking-link - The link to book a day visit.
 * @csspart passes - The alliance passes the space honours.
 * @csspart website-link - The link to the space's site (its host name).
 * @csspart phone-link - The space's phone number.
 * @csspart show-more - The "Show more" button.
 * @csspart empty - "No member spaces yet".
 * @csspart no-results - Shown when nothing matches the search and filters.
 * @csspart loading - The loading skeleton.
 * @csspart status - The shared loading and error messages.
 * @csspart stale - "Updated 3 days ago…", when showing a stored copy.
 * @csspart retry - The error state's "Try again" button.
 *
 * @cssproperty --alliance-color-primary - Buttons and the current-space highlight (default: the feed's brand colour).
 * @cssproperty --alliance-color-on-primary - Text on the primary colour.
 * @cssproperty --alliance-color-link - Links.
 * @cssproperty --alliance-color-surface - Card background.
 * @cssproperty --alliance-color-surface-raised - Chips, placeholders and the toolbar.
 * @cssproperty --alliance-color-text - Text.
 * @cssproperty --alliance-color-muted - Secondary text.
 * @cssproperty --alliance-color-border - Card and control borders.
 * @cssproperty --alliance-color-success - "Open now".
 * @cssproperty --alliance-color-warning - "Closes soon" / "Opens soon".
 * @cssproperty --alliance-focus-color - The focus ring.
 * @cssproperty --alliance-radius - Corner radius.
 * @cssproperty --alliance-spacing - Base spacing.
 * @cssproperty --alliance-font-family - Font.
 * @cssproperty --alliance-font-size - Base font size.
 * @cssproperty --alliance-directory-card-min-width - Narrowest card in the grid layout before columns drop (default 18rem).
 * @cssproperty --alliance-directory-photo-ratio - Photo aspect ratio (default 16 / 9).
 */
export class AllianceDirectoryElement extends AllianceElement {
  static override styles = [baseStyles, directoryStyles];

  /**
   * Id of the member space whose site this is: its card says "You are here" and leads the daily rotation (or
   * is left out with `exclude-current`).
   */
  @property({ attribute: 'current-space' }) currentSpace?: string;

  /** Leave the `current-space` out of the list (for a member's "our sister spaces" page). */
  @property({ type: Boolean, attribute: 'exclude-current' }) excludeCurrent = false;

  /** Card layout: `grid` (default), `list` (photo beside the text on wide containers) or `compact` (no photos). */
  @property({ reflect: true }) layout: DirectoryLayout = 'grid';

  /** Show at most this many spaces in all (no "Show more" beyond it). */
  @property({ type: Number }) limit?: number;

  /** Cards shown at first and added by each "Show more" (default 24). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Only these space kinds, space-separated (`kinds="makerspace studio"`). Visitors filter within them. */
  @property({ converter: spaceSeparated }) kinds: string[] = [];

  /** Only spaces with all these amenities, space-separated (`amenities="wifi 24-7-access"`). */
  @property({ converter: spaceSeparated }) amenities: string[] = [];

  /** Search, filters and sorting. On by default; `show-filters="false"` shows the cards alone. */
  @property({ attribute: 'show-filters', converter: onOff }) showFilters = true;

  /**
   * Keep the visitor's search and filters in the page's URL hash, so a shared link opens the same view. The
   * value names the hash keys (`sync-url="makers"` writes `#makers.q=…`; default `directory`). The page's own
   * hash content is kept.
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Heading level of each space's name (2–6, default 3): match the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Write schema.org JSON-LD (an ItemList of LocalBusiness) for the listed spaces into the light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Which map the "Open in maps" links open: `google` (default), `apple` or `openstreetmap`. */
  @property() maps: MapsProvider = 'google';

  /** The Geolocation API used by "Near me" (default `navigator.geolocation`; tests and apps may supply their own). */
  @property({ attribute: false }) geolocation?: GeolocationLike;

  @state() private view: DirectoryView = { ...DEFAULT_VIEW };
  @state() private shown = 0;
  @state() private origin: LatLon | null = null;
  @state() private locating = false;
  @state() private locateFailure: LocateFailure | null = null;
  @state() private announcement = '';
  @state() private failedPhotos: ReadonlySet<string> = new Set();
  /** Whether the filters are unfolded in a narrow container (wide ones always show them). */
  @state() private filtersOpen = false;
  /**
   * The minute "open now" was last worked out for. It moves with the minute timer, not with keystrokes, so
   * typing never pays for re-checking thousands of opening hours.
   */
  @state() private statusMinute = 0;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private minuteTimer: ReturnType<typeof setTimeout> | undefined;
  private openCache: { minute: number; open: Map<string, boolean> } | null = null;
  private jsonLdFor: unknown = null;
  private focusAfterUpdate: (() => void) | null = null;

  private readonly scopeRecords = memoizeLast(
    (feed: Feed, _locale: string, kinds: string, amenities: string, current: string, exclude: boolean): SpaceRecord[] => {
      const kindSet = new Set(kinds.split(' ').filter(Boolean));
      const required = amenities.split(' ').filter(Boolean);
      const spaces = activeSpaces(feed).filter(
        (space) =>
          (kindSet.size === 0 || kindSet.has(space.kind)) &&
          required.every((amenity) => space.amenities?.includes(amenity)) &&
          !(exclude && current && space.id === current),
      );
      return buildRecords(feed, spaces, amenityLabel);
    },
  );

  private readonly facets = memoizeLast((feed: Feed, records: readonly SpaceRecord[], locale: string): ScopeFacets => {
    const kinds = new Set<SpaceKind>();
    const amenitySet = new Set<string>();
    let anyHours = false;
    let anyDayUse = false;
    let anyGeo = false;
    for (const record of records) {
      const { space } = record;
      kinds.add(space.kind);
      // The space's own list, not the record's set: building a set per space would cost more than the lookups.
      if (space.amenities) for (const amenity of space.amenities) amenitySet.add(amenity);
      anyHours ||= !!(space.hours?.length || space.hoursExceptions?.length);
      anyDayUse ||= record.acceptsDayUse;
      anyGeo ||= !!space.geo;
    }
    const collator = collatorFor(locale);
    const amenities = [...amenitySet].sort(
      (a, b) => Number(isKnownAmenity(b)) - Number(isKnownAmenity(a)) || collator.compare(amenityLabel(a), amenityLabel(b)),
    );
    return {
      kinds: SPACE_KINDS.filter((kind) => kinds.has(kind)),
      amenities,
      // Asked pass by pass: one space in scope that honours it is enough (each space's passes are worked out
      // only when asked, and a pass for every space answers at the first).
      passes: feed.passes.filter((pass) => records.some((record) => record.passIds.has(pass.id))).map(({ id, name }) => ({ id, name })),
      anyHours,
      anyDayUse,
      anyGeo,
    };
  });

  private readonly rotationOrder = memoizeLast((records: readonly SpaceRecord[], seed: string, current: string) => {
    const ordered = seededShuffleBy(records, (record) => record.space.id, seed);
    // On a member's own site its card leads ("You are here"); the others take their daily turns after it.
    const here = current ? ordered.findIndex((record) => record.space.id === current) : -1;
    if (here > 0) ordered.unshift(...ordered.splice(here, 1));
    return ordered;
  });

  private readonly nameOrder = memoizeLast((records: readonly SpaceRecord[], locale: string) => sortByName(records, locale));

  private readonly distances = memoizeLast((records: readonly SpaceRecord[], origin: LatLon | null) => {
    const km = new Map<string, number>();
    if (!origin) return { km, ordered: records };
    for (const record of records) if (record.space.geo) km.set(record.space.id, haversineKm(origin, record.space.geo));
    // Spaces without coordinates keep their daily-rotation place, after every space with a distance.
    const ordered = [...records].sort((a, b) => (km.get(a.space.id) ?? Infinity) - (km.get(b.space.id) ?? Infinity));
    return { km, ordered };
  });

  private readonly filtered = memoizeLast(
    (ordered: readonly SpaceRecord[], view: DirectoryView, minute: number): SpaceRecord[] =>
      filterRecords(ordered, view, (record) => this.isOpen(record, minute)),
  );

  // ------------------------------------------------------------------------------------------- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.readHash);
    this.statusMinute = Math.floor(clock.now() / 60_000);
    this.scheduleMinuteTick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.readHash);
    clearTimeout(this.minuteTimer);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl !== null) this.readHash();
    if (changed.has('kinds') || changed.has('amenities') || changed.has('currentSpace') || changed.has('excludeCurrent')) {
      this.shown = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.writeStructuredData();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = null;
    focus?.();
  }

  // ----------------------------------------------------------------------------------------------- render

  protected override render() {
    return html`<div class="directory layout-${this.layoutName}" part="base">
      ${this.renderWithFeed(
        (feed) => this.renderDirectory(feed),
        () => this.renderSkeleton(),
      )}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" part="loading" role="status">
      <span class="visually-hidden">${msg('Loading member spaces…')}</span>
      <ul class="cards" role="list" aria-hidden="true">
        ${[0, 1, 2].map(
          () => html`<li class="card">
            ${this.layoutName === 'compact' ? nothing : html`<div class="media"></div>`}
            <div class="body"><span class="bar wide"></span><span class="bar"></span><span class="bar short"></span></div>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderDirectory(feed: Feed): TemplateResult {
    const scope = this.currentScope(feed);
    if (scope.length === 0) {
      return html`<p class="status empty" part="empty">${msg('No member spaces yet.')}</p>`;
    }
    const now = clock.now();
    const { results, distanceKm } = this.resultsFor(feed, scope, now);
    const total = this.limit && this.limit > 0 ? Math.min(results.length, Math.floor(this.limit)) : results.length;
    const visible = Math.min(total, this.shown || this.effectivePageSize);
    const remaining = total - visible;
    const context = {
      locale: this.locale,
      now,
      viewerZone: safeViewerZone(),
      headingLevel: this.headingLevel,
      layout: this.layoutName,
      maps: MAPS_PROVIDERS.includes(this.maps) ? this.maps : 'google',
    } as const;

    return html`
      ${this.showFilters ? this.renderToolbar(feed, scope, visible, total) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${total === 0
        ? this.renderNoResults()
        : html`<ul class="cards" role="list" part="list">
            ${repeat(
              results.slice(0, visible),
              (record) => record.space.id,
              (record) =>
                renderSpaceCard(record, {
                  ...context,
                  current: !!this.currentSpace && record.space.id === this.currentSpace,
                  distanceKm: distanceKm.get(record.space.id),
                  photoFailed: this.failedPhotos.has(record.space.id),
                  onPhotoError: this.showMonogram,
                  onSelect: this.selectSpace,
                }),
            )}
          </ul>`}
      ${remaining > 0 ? this.renderShowMore(visible, total, remaining) : nothing}
    `;
  }

  private renderToolbar(feed: Feed, scope: readonly SpaceRecord[], visible: number, total: number): TemplateResult {
    const facets = this.facets(feed, scope, this.locale);
    const view = this.view;
    const canLocate = facets.anyGeo && !!this.geolocationApi;
    const activeFilters =
      (view.kind ? 1 : 0) + (view.pass ? 1 : 0) + (view.openNow ? 1 : 0) + (view.dayUse ? 1 : 0) + view.amenities.length;
    return html`<div class="toolbar" part="toolbar">
      <div class="search-row">
        <div class="field search">
          <label for="search">${msg('Search member spaces')}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            placeholder=${msg('Name, neighbourhood, amenity…')}
            .value=${view.query}
            @input=${this.searchTyped}
          />
        </div>
        ${canLocate
          ? html`<button
              type="button"
              class="button secondary near-me"
              part="near-me"
              aria-pressed=${view.sort === 'distance' && this.origin ? 'true' : 'false'}
              ?disabled=${this.locating}
              @click=${this.locateVisitor}
            >
              <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <circle cx="8" cy="8" r="3" fill="none" stroke="currentColor" stroke-width="1.5" />
                <path d="M8 1v3M8 12v3M1 8h3M12 8h3" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
              </svg>
              ${this.locating ? msg('Finding you…') : msg('Near me')}
            </button>`
          : nothing}
        <button
          type="button"
          class="button secondary filters-toggle"
          part="filters-toggle"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          @click=${this.toggleFilters}
        >
          ${activeFilters === 0 ? msg('Filters') : msg(str`Filters (${numberFormat(this.locale).format(activeFilters)})`)}
        </button>
      </div>
      ${this.renderLocateMessage()}
      <div class="filters ${this.filtersOpen ? '' : 'collapsed'}" id="filters" part="filters">
        ${facets.kinds.length > 1
          ? html`<div class="field">
              <label for="kind">${msg('Kind of space')}</label>
              <select id="kind" @change=${(event: Event) => this.changeView({ kind: selectValue(event) })}>
                <option value="" ?selected=${view.kind === ''}>${msg('Any kind')}</option>
                ${facets.kinds.map(
                  (kind) => html`<option value=${kind} ?selected=${view.kind === kind}>${kindLabel(kind)}</option>`,
                )}
              </select>
            </div>`
          : nothing}
        ${facets.passes.length > 0
          ? html`<div class="field">
              <label for="pass">${msg('Alliance pass')}</label>
              <select id="pass" @change=${(event: Event) => this.changeView({ pass: selectValue(event) })}>
                <option value="" ?selected=${view.pass === ''}>${msg('Any or none')}</option>
                ${facets.passes.map(
                  (pass) => html`<option value=${pass.id} ?selected=${view.pass === pass.id}>${pass.name}</option>`,
                )}
              </select>
            </div>`
          : nothing}
        <div class="field">
          <label for="sort">${msg('Sort by')}</label>
          <select id="sort" @change=${(event: Event) => this.changeView({ sort: selectValue(event) as SortOrder })}>
            <option value="rotation" ?selected=${view.sort === 'rotation'}>${msg('Daily rotation')}</option>
            <option value="name" ?selected=${view.sort === 'name'}>${msg('Name')}</option>
            ${this.origin
              ? html`<option value="distance" ?selected=${view.sort === 'distance'}>${msg('Distance from me')}</option>`
              : nothing}
          </select>
        </div>
        <div class="checks">
          ${facets.anyHours
            ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${view.openNow}
                  @change=${(event: Event) => this.changeView({ openNow: checked(event) })}
                />${msg('Open now')}</label
              >`
            : nothing}
          ${facets.anyDayUse
            ? html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${view.dayUse}
                  @change=${(event: Event) => this.changeView({ dayUse: checked(event) })}
                />${msg('Welcomes day visitors')}</label
              >`
            : nothing}
        </div>
        ${facets.amenities.length > 0 ? this.renderAmenityFilter(facets.amenities) : nothing}
      </div>
      <div class="summary">
        <p class="count" part="count">${this.countText(visible, total)}</p>
        ${hasFilters(view)
          ? html`<button type="button" class="link-button" part="clear-filters" @click=${this.clearFilters}>
              ${msg('Clear filters')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderAmenityFilter(amenities: readonly string[]): TemplateResult {
    const chosen = this.view.amenities;
    const summary =
      chosen.length === 0
        ? msg('Amenities')
        : plural(
            chosen.length,
            msg(str`Amenities (${numberFormat(this.locale).format(chosen.length)} chosen)`, { id: 'Amenities ({0} chosen) (one)' }),
            msg(str`Amenities (${numberFormat(this.locale).format(chosen.length)} chosen)`),
          );
    return html`<details class="amenity-filter" ?open=${chosen.length > 0}>
      <summary>${summary}</summary>
      <fieldset>
        <legend class="visually-hidden">${msg('Spaces with all of these amenities')}</legend>
        ${amenities.map(
          (amenity) => html`<label class="check"
            ><input
              type="checkbox"
              value=${amenity}
              .checked=${chosen.includes(amenity)}
              @change=${this.toggleAmenity}
            /><bdi>${amenityLabel(amenity)}</bdi></label
          >`,
        )}
      </fieldset>
    </details>`;
  }

  private renderLocateMessage(): TemplateResult {
    const failure = this.locateFailure;
    const text = this.locating
      ? msg('Finding your location…')
      : failure === 'denied'
        ? msg('Location access is blocked, so spaces can’t be sorted by distance. Allow location for this site in your browser settings, or search by neighbourhood.')
        : failure === 'unsupported'
          ? msg('This browser can’t share your location. Search by neighbourhood or name instead.')
          : failure === 'unavailable'
            ? msg('Your location couldn’t be found right now. Try again, or search by neighbourhood.')
            : '';
    return html`<p class="locate-message ${failure ? 'failed' : ''}" role="status">${text}</p>`;
  }

  private renderNoResults(): TemplateResult {
    return html`<div class="status no-results" part="no-results">
      <p>${msg('No member spaces match your search and filters.')}</p>
      ${hasFilters(this.view)
        ? html`<button type="button" class="button secondary" part="clear-filters" @click=${this.clearFilters}>
            ${msg('Clear filters')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderShowMore(visible: number, total: number, remaining: number): TemplateResult {
    const next = Math.min(remaining, this.effectivePageSize);
    const shown = numberFormat(this.locale).format(next);
    const label = plural(next, msg(str`Show ${shown} more`, { id: 'Show {0} more (one)' }), msg(str`Show ${shown} more`));
    return html`<div class="more">
      <p class="more-count">${this.countText(visible, total)}</p>
      <button type="button" class="button secondary" part="show-more" @click=${this.showMore}>${label}</button>
    </div>`;
  }

  // ------------------------------------------------------------------------------------------------ model

  private get layoutName(): DirectoryLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'grid';
  }

  private get effectivePageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size > 0 ? Math.min(size, 500) : DEFAULT_PAGE_SIZE;
  }

  private get geolocationApi(): GeolocationLike | undefined {
    return this.geolocation ?? globalThis.navigator?.geolocation;
  }

  private get hashNamespace(): string {
    return (this.syncUrl ?? '').trim().replace(/[^A-Za-z0-9_-]/g, '') || 'directory';
  }

  private currentScope(feed: Feed): SpaceRecord[] {
    return this.scopeRecords(
      feed,
      this.locale,
      this.kinds.join(' '),
      this.amenities.join(' '),
      this.currentSpace ?? '',
      this.excludeCurrent,
    );
  }

  private resultsFor(feed: Feed, scope: readonly SpaceRecord[], now: number) {
    const { km, ordered: byDistance } = this.distances(scope, this.origin);
    let ordered: readonly SpaceRecord[];
    if (this.view.sort === 'name') ordered = this.nameOrder(scope, this.locale);
    else if (this.view.sort === 'distance' && this.origin) ordered = byDistance;
    else ordered = this.rotationOrder(scope, rotationSeed(feed.alliance.id, feed.alliance.timezone, now), this.currentSpace ?? '');
    const minute = this.view.openNow ? this.statusMinute : 0;
    return { results: this.filtered(ordered, this.view, minute), distanceKm: km };
  }

  /** Open now (or closing soon) at `minute`: worked out once a minute per distinct schedule. */
  private isOpen(record: SpaceRecord, minute: number): boolean {
    if (this.openCache?.minute !== minute) this.openCache = { minute, open: new Map() };
    let open = this.openCache.open.get(record.scheduleKey);
    if (open === undefined) {
      let state: string;
      try {
        state = openStatus(record.space, clock.now()).state;
      } catch {
        state = 'unknown';
      }
      open = state === 'open' || state === 'closes-soon';
      this.openCache.open.set(record.scheduleKey, open);
    }
    return open;
  }

  private countText(visible: number, total: number): string {
    const format = numberFormat(this.locale);
    if (visible < total) return msg(str`Showing ${format.format(visible)} of ${format.format(total)} spaces`);
    const shown = format.format(total);
    return plural(total, msg(str`${shown} space`), msg(str`${shown} spaces`));
  }

  private resultCount(): number {
    const feed = this.feedState.feed;
    if (!feed) return 0;
    const scope = this.currentScope(feed);
    const { results } = this.resultsFor(feed, scope, clock.now());
    return this.limit && this.limit > 0 ? Math.min(results.length, Math.floor(this.limit)) : results.length;
  }

  private changeView(patch: Partial<DirectoryView>, options: { typing?: boolean; fromUrl?: boolean; quiet?: boolean } = {}): void {
    this.view = { ...this.view, ...patch };
    this.shown = 0;
    if (!options.fromUrl) this.writeHash();
    if (!options.quiet) this.announceResults(options.typing ? ANNOUNCE_TYPING_MS : ANNOUNCE_MS);
  }

  private announceResults(delay: number): void {
    clearTimeout(this.announceTimer);
    // A timer runs outside any update, so it says its words in the element's language explicitly.
    this.announceTimer = setTimeout(() => {
      const text = this.inOwnLanguage(() => {
        const count = this.resultCount();
        if (count === 0) return msg('No spaces match.');
        const shown = numberFormat(this.locale).format(count);
        return plural(count, msg(str`${shown} space found.`), msg(str`${shown} spaces found.`));
      });
      this.announce(text);
    }, delay);
  }

  /** Says `text` in the live region; emptied first so the same words said twice are read twice. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  private writeHash(): void {
    if (this.syncUrl === null || typeof history === 'undefined') return;
    const hash = writeViewToHash(location.hash, this.hashNamespace, this.view);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    } catch {
      // A sandboxed frame may refuse; the directory works the same without the link.
    }
  }

  private writeStructuredData(): void {
    const feed = this.feedState.feed;
    if (!this.structuredData || !feed) {
      if (this.jsonLdFor !== null) writeJsonLd(this, null);
      this.jsonLdFor = null;
      return;
    }
    const scope = this.currentScope(feed);
    if (this.jsonLdFor === scope) return;
    this.jsonLdFor = scope;
    const listed = this.limit && this.limit > 0 ? scope.slice(0, Math.floor(this.limit)) : scope;
    writeJsonLd(
      this,
      directoryJsonLd(
        feed,
        listed.map((record) => record.space),
        clock.now(),
      ),
    );
  }

  private scheduleMinuteTick(): void {
    clearTimeout(this.minuteTimer);
    // Just after the next minute turns, so "Open now" becomes "Closes soon" on time.
    const wait = 60_000 - (clock.now() % 60_000) + 250;
    this.minuteTimer = setTimeout(() => {
      this.statusMinute = Math.floor(clock.now() / 60_000);
      this.scheduleMinuteTick();
    }, wait);
  }

  // --------------------------------------------------------------------------------------------- handlers

  private readonly readHash = (): void => {
    if (this.syncUrl === null) return;
    const fromUrl = readViewFromHash(location.hash, this.hashNamespace);
    if (!fromUrl) return;
    const next = { ...DEFAULT_VIEW, ...fromUrl };
    // Our own replaceState never fires hashchange, but a host router may rewrite the same hash: only a
    // different view is applied (and a distance sort the link cannot carry is kept).
    const namespace = this.hashNamespace;
    if (writeViewToHash('', namespace, next) === writeViewToHash('', namespace, this.view)) return;
    this.changeView(next, { fromUrl: true, quiet: !this.hasUpdated });
  };

  private readonly searchTyped = (event: Event): void => {
    this.changeView({ query: (event.target as HTMLInputElement).value }, { typing: true });
  };

  private readonly toggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly toggleAmenity = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const others = this.view.amenities.filter((amenity) => amenity !== input.value);
    this.changeView({ amenities: input.checked ? [...others, input.value] : others });
  };

  private readonly clearFilters = (): void => {
    this.changeView({ ...DEFAULT_VIEW, sort: this.view.sort });
    // The button that was pressed disappears with the filters; the search box is where to carry on.
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  };

  private readonly showMore = (): void => {
    const before = this.shown || this.effectivePageSize;
    this.shown = before + this.effectivePageSize;
    // Carry keyboard and screen reader users on to the first new card rather than leave them at the button.
    this.focusAfterUpdate = () => {
      const card = this.renderRoot.querySelectorAll<HTMLElement>('li.card')[before];
      (card?.querySelector<HTMLElement>('.name a') ?? card)?.focus();
    };
  };

  private readonly locateVisitor = async (): Promise<void> => {
    if (this.locating) return;
    this.locating = true;
    this.locateFailure = null;
    try {
      this.origin = await locate(this.geolocationApi);
      this.changeView({ sort: 'distance' });
    } catch (error) {
      this.locateFailure = error instanceof LocateError ? error.reason : 'unavailable';
    } finally {
      this.locating = false;
    }
  };

  private readonly showMonogram = (space: Space): void => {
    if (this.failedPhotos.has(space.id)) return;
    this.failedPhotos = new Set([...this.failedPhotos, space.id]);
  };

  private readonly selectSpace = (event: MouseEvent, space: Space, url: string): void => {
    // A click meant for a new tab or window is the visitor's own choice: the host app has nothing to route.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const select = new AllianceSpaceSelectEvent({ spaceId: space.id, space, url });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };
}

function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

function checked(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

function safeViewerZone(): string {
  try {
    return clock.viewerTimeZone();
  } catch {
    return 'UTC';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-directory': AllianceDirectoryElement;
  }
}
