import { css } from 'lit';

/**
 * The badge sits in footers and sidebars of pages we do not control, so it sizes to its content up to the
 * width its host gives it, and never assumes a direction (logical properties only).
 */
export const badgeStyles = css`
  :host {
    --_badge-scale: 1;
    --_badge-background: var(--alliance-badge-background, var(--_surface));
    --_logo-size: var(--alliance-badge-logo-size, 3em);
    /*
     * Inline-size containment gives the host no width of its own, so in a flex footer it would shrink to
     * nothing; this stands in for the content's width there, never wider than a phone screen.
     */
    contain-intrinsic-inline-size: auto min(19rem, 100vw - 2rem);
  }
  :host([variant='compact']) {
    --_logo-size: var(--alliance-badge-logo-size, 1.75em);
    contain-intrinsic-inline-size: auto min(17rem, 100vw - 2rem);
  }
  :host([variant='icon']) {
    --_logo-size: var(--alliance-badge-logo-size, 3.5em);
    contain-intrinsic-inline-size: auto 6.5rem;
  }
  :host([size='small']) {
    --_badge-scale: 0.875;
  }
  :host([size='large']) {
    --_badge-scale: 1.2;
  }
  :host([variant='icon'][size='large']) {
    contain-intrinsic-inline-size: auto 7.5rem;
  }
  :host([variant='compact']:state(expanded)),
  :host([variant='icon']:state(expanded)),
  :host([variant='compact']:state(preview)),
  :host([variant='icon']:state(preview)) {
    contain-intrinsic-inline-size: auto min(22rem, 100vw - 2rem);
  }

  .badge {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    max-inline-size: 100%;
    padding: 0.75em 0.875em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_badge-background);
    color: var(--_text);
    font-size: calc(1em * var(--_badge-scale));
    vertical-align: top;
  }

  .row {
    display: flex;
    align-items: center;
    gap: 0.5em;
    max-inline-size: 100%;
  }

  .seal {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    min-inline-size: 0;
    border-radius: calc(var(--_radius) - 2px);
    color: inherit;
    text-decoration: none;
  }
  .seal:hover .name {
    text-decoration: underline;
  }
  @container (min-width: 15rem) {
    .seal {
      flex-direction: row;
      align-items: center;
      gap: 0.75em;
    }
  }

  .logo {
    display: inline-grid;
    flex: none;
    place-items: center;
    inline-size: var(--_logo-size);
    block-size: var(--_logo-size);
  }
  .logo img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  /* Painted in the brand colour, so its letters use the text colour the base class chose by contrast. */
  .monogram {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    border: 1px solid transparent;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: calc(var(--_logo-size) * 0.38);
    font-weight: 700;
    letter-spacing: 0.02em;
    line-height: 1;
  }
  .monogram::before {
    content: attr(data-initials);
  }

  .label {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .kicker {
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .name {
    font-weight: 700;
    line-height: 1.25;
  }
  .since {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .compact {
    flex-direction: row;
    align-items: center;
    padding: 0.375em 0.5em;
  }
  .compact .seal {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
  }
  .compact .label {
    display: block;
    font-size: 0.9375em;
    line-height: 1.3;
  }
  .compact .kicker {
    color: inherit;
    font-size: inherit;
    font-weight: 400;
    letter-spacing: normal;
    text-transform: none;
  }
  .compact .since {
    display: inline-block;
  }

  .icon {
    flex-direction: row;
    align-items: center;
    padding: 0.375em;
    border-inline-start-width: 1px;
    border-radius: calc(var(--_logo-size) / 2 + 0.375em);
  }
  .icon .seal {
    border-radius: 50%;
  }
  .icon:has(> .note, > .details:not([hidden])) {
    border-radius: var(--_radius);
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.125em 0.375em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: transparent;
    color: var(--_text);
    font-size: 0.8125em;
    cursor: pointer;
  }
  .compact .toggle,
  .icon .toggle {
    justify-content: center;
    padding: 0;
  }
  .toggle svg,
  .state svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  .chevron {
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  .tag {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0 0.5em;
    white-space: nowrap;
    border: 1px solid var(--_warning);
    border-radius: 999px;
    color: var(--_warning);
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
  }

  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
    max-inline-size: 32em;
  }

  .details {
    display: grid;
    gap: 0.5em;
    inline-size: 100%;
    max-inline-size: 28rem;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
  }
  /* The details open below the compact and icon rows, whose own direction is a row. */
  .compact,
  .icon {
    flex-wrap: wrap;
  }
  .compact .details,
  .icon .details {
    flex-basis: 100%;
  }
  /* The compact and icon rows are too narrow to wrap prose in: it gets a readable width of its own. */
  .compact .details,
  .icon .details,
  .compact .note,
  .icon .note {
    inline-size: min(22rem, 100cqi - 2em);
    max-inline-size: none;
  }
  .logo,
  .toggle {
    flex: none;
  }
  .details p,
  .details ul {
    margin: 0;
  }
  .details ul {
    padding-inline-start: 1.25em;
  }
  .details .heading {
    font-weight: 600;
  }
  .state {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
  }
  .state.verified svg {
    color: var(--_success);
  }
  .state.preview svg {
    color: var(--_warning);
  }

  .unverified {
    border-inline-start-width: 1px;
    color: var(--_muted);
  }
  .unverified .state {
    margin: 0;
    font-size: 0.875em;
  }

  .owner-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.75em;
  }

  @media (forced-colors: active) {
    .badge,
    .toggle,
    .tag {
      border-color: CanvasText;
    }
    .monogram {
      border-color: CanvasText;
    }
  }
`;
