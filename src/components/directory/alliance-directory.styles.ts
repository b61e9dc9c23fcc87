import { css } from 'lit';

/**
 * The directory's own rules, on top of the shared base. Widths come from container queries on the host
 * (the host page decides how wide the directory is, not the viewport), from 280px to full desktop.
 */
export const directoryStyles = css`
  :host {
    --_card-min: var(--alliance-directory-card-min-width, 18rem);
    --_photo-ratio: var(--alliance-directory-photo-ratio, 16 / 9);
  }

  p {
    margin: 0;
  }

  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }

  .separator {
    color: var(--_muted);
  }

  /* A dark directory on a light page must still be legible, so the dark themes bring their own ground. */
  :host([theme='dark']) .directory {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .directory {
      padding: var(--_gap);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }

  /* ----------------------------------------------------------------------------------------- toolbar */

  .toolbar {
    display: grid;
    gap: var(--_gap);
    margin-bottom: calc(var(--_gap) * 1.5);
  }

  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_gap);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }

  .field.search {
    flex: 1 1 14rem;
  }

  /* Shrinkable, so a long label (large text, another language) wraps inside the button instead of overflowing. */
  .search-row .button {
    flex: 1 1 auto;
    min-width: 0;
  }

  @container (min-width: 34rem) {
    .search-row .button {
      flex: 0 0 auto;
    }
  }

  label {
    font-size: 0.875em;
    font-weight: 600;
  }

  input[type='search'],
  select {
    width: 100%;
    min-height: 44px;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  select {
    max-width: 100%;
    padding-inline-end: 2em;
  }

  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .locate-message:empty {
    display: none;
  }

  .locate-message {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .locate-message.failed {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_warning);
    background: var(--_surface-2);
    color: var(--_text);
  }

  .filters {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    align-items: end;
  }

  /* On a phone the results matter more than the controls: filters fold away behind a button. */
  .filters.collapsed {
    display: none;
  }

  .filters-toggle[aria-expanded='true'] {
    border-color: var(--_primary);
  }

  @container (min-width: 34rem) {
    .filters,
    .filters.collapsed {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    }
    .filters-toggle {
      display: none;
    }
    .amenity-filter,
    .checks {
      grid-column: 1 / -1;
    }
  }

  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .checks:empty {
    display: none;
  }

  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-weight: 400;
    font-size: 1em;
    cursor: pointer;
  }

  label.check input {
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    accent-color: var(--_primary);
  }

  .amenity-filter {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .amenity-filter summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.45em 0.7em;
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }

  .amenity-filter summary::-webkit-details-marker {
    display: none;
  }

  .amenity-filter summary::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.25em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }

  .amenity-filter[open] summary::after {
    transform: translateY(25%) rotate(-135deg);
  }

  .amenity-filter fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: 0 var(--_gap);
    margin: 0;
    padding: 0 0.7em 0.5em;
    border: 0;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_gap);
  }

  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .link-button {
    min-height: 44px;
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--_link);
    font-size: 0.875em;
    text-decoration: underline;
    cursor: pointer;
  }

  /* ------------------------------------------------------------------------------------------- cards */

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: calc(var(--_gap) * 1.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .layout-list .cards {
    grid-template-columns: minmax(0, 1fr);
  }

  .layout-compact .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--_gap);
  }

  .card {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Cards below the fold are laid out and painted when scrolled near, not with the first frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
  }

  .card.current {
    border-color: var(--_primary);
    box-shadow: 0 0 0 2px var(--_primary);
  }

  @container (min-width: 36rem) {
    .layout-list .card {
      flex-direction: row;
    }
    .layout-list .media {
      flex: 0 0 clamp(10rem, 30%, 16rem);
      aspect-ratio: auto;
      min-height: 10rem;
    }
  }

  .media {
    position: relative;
    aspect-ratio: var(--_photo-ratio);
    overflow: hidden;
    background: var(--_surface-2);
  }

  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .placeholder {
    --_tone: #2456d6;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_tone) 16%, var(--_surface));
    color: color-mix(in srgb, var(--_tone) 75%, var(--_text));
  }

  .tone-1 {
    --_tone: #0f7b6c;
  }
  .tone-2 {
    --_tone: #b5487a;
  }
  .tone-3 {
    --_tone: #b8641a;
  }
  .tone-4 {
    --_tone: #6a4fc8;
  }
  .tone-5 {
    --_tone: #4d7a1f;
  }

  .monogram {
    font-size: 2.25em;
    font-weight: 700;
    letter-spacing: 0.04em;
  }

  .body {
    display: grid;
    align-content: start;
    gap: 0.4rem;
    min-width: 0;
    padding: var(--_gap);
    font-size: 0.9375em;
  }

  .layout-compact .body {
    gap: 0.25rem;
  }

  .here {
    justify-self: start;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
  }

  .name a {
    color: inherit;
    text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
    text-underline-offset: 0.15em;
  }

  .name a:hover {
    color: var(--_link);
    text-decoration-color: currentColor;
  }

  .meta,
  .today,
  .address,
  .links {
    color: var(--_muted);
  }

  /* Icons sit inline with the words so a wrapped line reads on naturally (no dangling separators). */
  .open-state .icon,
  .address .icon,
  .day-use .icon {
    margin-inline-end: 0.35em;
  }

  .open-state.open strong {
    color: var(--_success);
  }
  .open-state.open .icon {
    color: var(--_success);
  }
  .open-state.closes-soon strong,
  .open-state.opens-soon strong,
  .open-state.closes-soon .icon,
  .open-state.opens-soon .icon {
    color: var(--_warning);
  }
  .open-state.closed .icon,
  .open-state.unknown .icon {
    color: var(--_muted);
  }

  .amenities {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0.2rem 0;
    padding: 0;
    list-style: none;
  }

  .amenities li {
    padding: 0.1em 0.55em;
    border-radius: 999px;
    background: var(--_surface-2);
    font-size: 0.8125em;
  }

  .day-use {
    display: grid;
    gap: 0.15rem;
  }

  .day-use-headline .icon {
    color: var(--_success);
  }

  .day-use.refused {
    display: block;
    color: var(--_muted);
  }

  .note {
    color: var(--_muted);
  }

  .passes .label {
    font-weight: 600;
  }

  .passes ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  .card:focus-visible {
    outline-offset: -3px;
  }

  /* -------------------------------------------------------------------------------- states and paging */

  .status.empty,
  .status.no-results {
    flex-wrap: wrap;
    justify-content: space-between;
  }

  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    margin-top: calc(var(--_gap) * 1.5);
  }

  .more-count {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .skeleton .card {
    pointer-events: none;
  }

  .skeleton .body {
    gap: 0.6rem;
  }

  .bar {
    display: block;
    height: 0.8em;
    width: 70%;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_border) 60%, var(--_surface));
  }

  .bar.wide {
    width: 90%;
    height: 1.1em;
  }

  .bar.short {
    width: 40%;
  }

  .skeleton .media,
  .bar {
    animation: alliance-directory-pulse 1.4s ease-in-out infinite;
  }

  @keyframes alliance-directory-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton .media,
    .bar {
      animation: none;
    }
  }

  /* High contrast drops backgrounds and shadows: chips and the current card keep an edge of their own. */
  @media (forced-colors: active) {
    .card.current {
      outline: 3px solid Highlight;
    }
    .amenities li {
      border: 1px solid CanvasText;
    }
    .here {
      border: 1px solid CanvasText;
    }
  }
`;
