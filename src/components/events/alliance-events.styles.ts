import { css } from 'lit';

export const eventsStyles = css`
  .events {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }

  /* A dark event list on a light page must still be legible, so the dark themes bring their own ground. */
  :host([theme='dark']) .events {
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .events {
      padding: var(--_gap);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }

  .banner {
    margin: 0;
    padding: var(--_gap) calc(var(--_gap) * 1.25);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    font-weight: 600;
  }

  .empty {
    display: grid;
    gap: var(--_gap);
    justify-items: start;
    padding: var(--_gap);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .empty p {
    margin: 0;
  }

  .empty .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .section-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  .day {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }

  .day-heading {
    margin: 0;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 700;
  }

  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .event {
    display: grid;
    gap: 0.35em;
    min-width: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    /* Events below the fold are laid out and painted when scrolled near, not with the first frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
  }

  .event p {
    margin: 0;
  }

  .body {
    display: grid;
    gap: 0.35em;
    min-width: 0;
  }

  .title {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }

  .title a {
    text-underline-offset: 0.15em;
  }

  /* Links that stand alone on their line (not inside a sentence) are targets of at least 24px (WCAG 2.5.8). */
  .title a,
  .where a {
    display: inline-block;
    min-block-size: 24px;
  }

  .cancelled .title-text {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }

  .badge {
    display: inline-block;
    padding: 0.05em 0.55em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }

  .badge.cancelled {
    color: var(--_danger);
  }

  .badge.postponed,
  .badge.moved-online {
    color: var(--_warning);
  }

  .badge.ongoing {
    color: var(--_success);
  }

  .badge.ended {
    color: var(--_muted);
  }

  .when {
    font-weight: 600;
  }

  .date {
    display: block;
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 700;
  }

  .viewer-time {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  .where,
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .separator {
    padding-inline: 0.35em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
  }

  .price {
    color: var(--_text);
    font-weight: 600;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_surface-2);
    color: var(--_text);
    font-size: 0.8125em;
  }

  .description {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.25em;
  }

  .actions .button {
    min-height: 44px;
    font-size: 0.9375em;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .footer a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  .image {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) - 4px);
    background: var(--_surface-2);
  }

  /* list and compact: the time in a column of its own once there is room */
  @container (min-width: 38rem) {
    :host(:not([layout='cards'])) .event {
      grid-template-columns: minmax(9rem, 12rem) 1fr;
      column-gap: calc(var(--_gap) * 1.5);
      align-items: start;
    }
  }

  /* compact: one dense row per event */
  :host([layout='compact']) .list {
    gap: 0;
  }
  :host([layout='compact']) .event {
    gap: 0.15em 0.75em;
    padding: 0.5em 0;
    border: 0;
    border-bottom: 1px solid var(--_border);
    border-radius: 0;
    background: transparent;
  }
  :host([layout='compact']) .title {
    font-size: 1em;
  }
  :host([layout='compact']) .when {
    font-size: 0.9375em;
  }
  @container (min-width: 30rem) {
    :host([layout='compact']) .event {
      grid-template-columns: minmax(8rem, 11rem) 1fr;
      column-gap: var(--_gap);
      align-items: start;
    }
  }

  /* cards: a grid of cards under each day */
  :host([layout='cards']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  :host([layout='cards']) .event {
    align-content: start;
    background: var(--_surface);
  }

  /* High contrast drops backgrounds: tags keep a border so they still read as separate tags. */
  @media (forced-colors: active) {
    .badge,
    .tags li {
      border: 1px solid CanvasText;
    }
    .banner {
      border-color: CanvasText;
    }
  }
`;
