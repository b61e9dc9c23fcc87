/**
 * One member space as a directory card. A plain template function: the element decides which spaces to show,
 * the card only how one looks, in the grid, list or compact layout.
 */
import { msg, str } from '../../shared/localize.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { DayUse, Space } from '../../feed/schema.js';
import { passNote } from '../../feed/query.js';
import { formatDistance, formatMoney, isFree, numberFormat } from '../../shared/format.js';
import { openStatus } from '../../shared/hours.js';
import { safeUrl } from '../../shared/safe-url.js';
import type { SpaceRecord } from './directory-model.js';
import { addressLine, mapsUrl, type MapsProvider } from './geo.js';
import { describeHours, summarizeWeek, type HoursWords } from './hours-text.js';
import { amenityLabel, kindLabel } from './labels.js';
import { hashSeed } from './rotation.js';

export type DirectoryLayout = 'grid' | 'list' | 'compact';
export const LAYOUTS: readonly DirectoryLayout[] = ['grid', 'list', 'compact'];

export interface CardContext {
  locale: string;
  now: number;
  viewerZone: string;
  headingLevel: number;
  layout: DirectoryLayout;
  maps: MapsProvider;
  /** True for the space whose site this is ("You are here"). */
  current: boolean;
  /** Kilometres from the visitor, when they asked to sort by distance. */
  distanceKm?: number;
  photoFailed: boolean;
  onPhotoError: (space: Space) => void;
  onSelect: (event: MouseEvent, space: Space, url: string) => void;
}

const MONOGRAM_TONES = 6;

/** A middle dot between facts; the spaces around it keep copied and read-out text apart ("Open now · Closes…"). */
const SEPARATOR = html` <span class="separator" aria-hidden="true">·</span> `;

/** Initials of the first and last words ("Night Owl Works" → "NW"), for spaces without a working photo. */
export function monogram(name: string): string {
  const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="name" part="name">${content}</h2>`;
    case 4:
      return html`<h4 class="name" part="name">${content}</h4>`;
    case 5:
      return html`<h5 class="name" part="name">${content}</h5>`;
    case 6:
      return html`<h6 class="name" part="name">${content}</h6>`;
    default:
      return html`<h3 class="name" part="name">${content}</h3>`;
  }
}

const ICONS = {
  open: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5 8.2l2 2 4-4.4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`,
  soon: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 4.5V8l2.5 1.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  closed: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5 8h6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M6.3 6.3a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.5-.7 1V9.5" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/><circle cx="8" cy="11.6" r=".9" fill="currentColor"/>`,
  pin: svg`<path d="M8 14.5s4.5-4.2 4.5-7.8a4.5 4.5 0 1 0-9 0c0 3.6 4.5 7.8 4.5 7.8z" fill="none" stroke="currentColor" stroke-width="1.5"/><circle cx="8" cy="6.7" r="1.6" fill="currentColor"/>`,
};

function icon(shape: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${ICONS[shape]}</svg>`;
}

const STATE_ICON: Record<HoursWords['state'], keyof typeof ICONS> = {
  open: 'open',
  'closes-soon': 'soon',
  'opens-soon': 'soon',
  closed: 'closed',
  unknown: 'unknown',
};

function renderMedia(space: Space, context: CardContext): TemplateResult | typeof nothing {
  if (context.layout === 'compact') return nothing;
  const photo = context.photoFailed ? null : safeUrl(space.photo);
  if (photo) {
    // The heading names the space, so a photo without a description is decoration, not a missing alt.
    return html`<div class="media" part="media">
      <img
        part="photo"
        src=${photo.href}
        alt=${space.photoAlt ?? ''}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => context.onPhotoError(space)}
      />
    </div>`;
  }
  const tone = hashSeed(space.id) % MONOGRAM_TONES;
  return html`<div class="media placeholder tone-${tone}" part="media placeholder" aria-hidden="true">
    <span class="monogram">${monogram(space.name)}</span>
  </div>`;
}

function renderHours(words: HoursWords, compact: boolean): TemplateResult {
  return html`<p class="open-state ${words.state}" part="open-state">
      ${icon(STATE_ICON[words.state])}<strong>${words.label}</strong>${words.detail
        ? html`${SEPARATOR}<span>${words.detail}</span>`
        : nothing}
    </p>
    ${!compact && (words.today || words.note)
      ? html`<p class="today">
          ${words.today}${words.note ? html`${words.today ? SEPARATOR : nothing}<bdi>${words.note}</bdi>` : nothing}
        </p>`
      : nothing}`;
}

function priceText(dayUse: DayUse, locale: string): string {
  if (!dayUse.price) return '';
  if (isFree(dayUse.price)) return msg('Free day visits');
  try {
    const price = formatMoney(dayUse.price, locale);
    return msg(str`${price} a day`);
  } catch {
    return '';
  }
}

function maxDaysText(days: number, locale: string): string {
  if (days === 1) return msg('One day at a time');
  const count = numberFormat(locale).format(days);
  return msg(str`Up to ${count} days in a row`);
}

function renderDayUse(space: Space, context: CardContext): TemplateResult | typeof nothing {
  const dayUse = space.dayUse;
  if (!dayUse) return nothing;
  if (!dayUse.accepted) {
    return html`<p class="day-use refused" part="day-use">${icon('closed')}<span>${msg('No day visitors')}</span></p>`;
  }
  const price = priceText(dayUse, context.locale);
  const headline = html`<p class="day-use-headline">
    ${icon('open')}<strong>${msg('Day visitors welcome')}</strong>${price
      ? html`${SEPARATOR}<span class="price">${price}</span>`
      : nothing}
  </p>`;
  if (context.layout === 'compact') return html`<div class="day-use" part="day-use">${headline}</div>`;
  const booking = safeUrl(dayUse.bookingUrl);
  const bookingLink = booking
    ? html`<a href=${booking.href} target="_blank" rel="noopener noreferrer" part="booking-link"
        >${dayUse.bookingRequired ? msg('Book a visit') : msg('Book ahead')}<span class="visually-hidden">
          (<bdi>${space.name}</bdi>)</span
        ></a
      >`
    : nothing;
  return html`<div class="day-use" part="day-use">
    ${headline}
    ${dayUse.bookingRequired || booking
      ? html`<p>
          ${dayUse.bookingRequired ? html`<span>${msg('Booking required')}</span>` : nothing}${dayUse.bookingRequired && booking
            ? SEPARATOR
            : nothing}${bookingLink}
        </p>`
      : nothing}
    ${dayUse.hours?.length
      ? html`<p>${msg('Day visitors:')} <span>${summarizeWeek(dayUse.hours, context.locale)}</span></p>`
      : nothing}
    ${dayUse.maxConsecutiveDays ? html`<p>${maxDaysText(dayUse.maxConsecutiveDays, context.locale)}</p>` : nothing}
    ${dayUse.notes ? html`<p class="note"><bdi>${dayUse.notes}</bdi></p>` : nothing}
  </div>`;
}

function renderPasses(record: SpaceRecord): TemplateResult | typeof nothing {
  if (record.passes.length === 0) return nothing;
  return html`<div class="passes" part="passes">
    <p class="label">${msg('Alliance passes accepted:')}</p>
    <ul role="list">
      ${record.passes.map((pass) => {
        const note = passNote(record.space, pass);
        return html`<li><bdi>${pass.name}</bdi>${note ? html` <span class="note">(<bdi>${note}</bdi>)</span>` : nothing}</li>`;
      })}
    </ul>
  </div>`;
}

function renderAmenities(space: Space): TemplateResult | typeof nothing {
  const amenities = space.amenities ?? [];
  if (amenities.length === 0) return nothing;
  return html`<ul class="amenities" part="amenities" role="list" aria-label=${msg('Amenities')}>
    ${amenities.map((slug) => html`<li><bdi>${amenityLabel(slug)}</bdi></li>`)}
  </ul>`;
}

/** "1824 Grand Blvd, Kansas City, MO 64108" with each part isolated: a bidi control in one cannot reorder the others. */
function renderAddressLine(space: Space): TemplateResult {
  const { street, locality, region, postalCode } = space.address ?? {};
  const isolated = (part: string | undefined) => (part ? html`<bdi>${part}</bdi>` : null);
  const regionAndCode = [isolated(region), isolated(postalCode)].filter((part) => part !== null);
  const parts = [isolated(street), isolated(locality)].filter((part) => part !== null);
  if (regionAndCode.length > 0) parts.push(html`${regionAndCode[0]}${regionAndCode[1] ? html` ${regionAndCode[1]}` : nothing}`);
  return html`${parts.map((part, index) => html`${index > 0 ? ', ' : nothing}${part}`)}`;
}

function renderAddress(space: Space, context: CardContext): TemplateResult | typeof nothing {
  const line = addressLine(space);
  const map = mapsUrl(space, context.maps);
  if (!line && !map) return nothing;
  return html`<p class="address" part="address">
    ${icon('pin')}<span
      >${line ? renderAddressLine(space) : nothing}${line && map ? SEPARATOR : nothing}${map
        ? html`<a href=${map.href} target="_blank" rel="noopener noreferrer" part="map-link"
            >${msg('Open in maps')}<span class="visually-hidden"> (<bdi>${space.name}</bdi>)</span></a
          >`
        : nothing}</span
    >
  </p>`;
}

function renderLinks(space: Space, website: URL | null, context: CardContext): TemplateResult | typeof nothing {
  // safeUrl refuses spaces in any URL, and a dialler only needs the digits.
  const phone = space.phone ? safeUrl(`tel:${space.phone.replace(/[^+0-9]/g, '')}`, { allow: ['tel:'] }) : null;
  if (!website && !phone) return nothing;
  return html`<p class="links">
    ${website
      ? html`<a href=${website.href} rel="noopener noreferrer" part="website-link" @click=${(event: MouseEvent) =>
          context.onSelect(event, space, website.href)}
          >${website.hostname.replace(/^www\./, '')}</a
        >`
      : nothing}
    ${phone ? html`<a href=${phone.href} part="phone-link"><bdi>${space.phone}</bdi></a>` : nothing}
  </p>`;
}

/** The card for `record`, as a list item of the directory's list. */
export function renderSpaceCard(record: SpaceRecord, context: CardContext): TemplateResult {
  const { space } = record;
  const compact = context.layout === 'compact';
  const website = safeUrl(space.url);
  const words = describeHours(openStatus(space, context.now), space.timezone, context.viewerZone, context.now, context.locale);
  const distance =
    context.distanceKm === undefined
      ? ''
      : msg(str`${formatDistance(context.distanceKm, context.locale)} away`);
  const meta = [kindLabel(space.kind), space.neighbourhood, distance].filter(Boolean);
  const name = website
    ? html`<a href=${website.href} rel="noopener noreferrer" @click=${(event: MouseEvent) =>
        context.onSelect(event, space, website.href)}><bdi>${space.name}</bdi></a>`
    : html`<bdi>${space.name}</bdi>`;

  return html`<li
    class="card ${context.current ? 'current' : ''}"
    part=${context.current ? 'card current' : 'card'}
    data-space-id=${space.id}
    tabindex="-1"
  >
    ${renderMedia(space, context)}
    <div class="body">
      ${context.current ? html`<p class="here" part="here">${msg('You are here')}</p>` : nothing}
      ${heading(context.headingLevel, name)}
      <p class="meta">
        ${meta.map(
          (item, index) =>
            html`${index > 0 ? SEPARATOR : nothing}<bdi>${item}</bdi>`,
        )}
      </p>
      ${renderHours(words, compact)} ${compact ? nothing : renderAddress(space, context)}
      ${compact ? nothing : renderAmenities(space)} ${renderDayUse(space, context)}
      ${compact ? nothing : renderPasses(record)} ${compact ? nothing : renderLinks(space, website, context)}
    </div>
  </li>`;
}
