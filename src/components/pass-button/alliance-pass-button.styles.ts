import { css } from 'lit';

export const passButtonStyles = css`
  /*
   * A size container has no width of its own, so in a flex row (a header, a toolbar) the lone button would
   * shrink to nothing: it is no container and sizes to its content. The attribute rule covers browsers
   * without custom states. Cards and the chooser keep their container queries, with an intrinsic width for
   * shrink-to-fit parents and a usable least width in flex rows.
   */
  :host {
    min-width: min(100%, 18rem);
    contain-intrinsic-inline-size: min(32rem, 100vw - 4rem);
  }

  :host([pass]:not([variant='card'])) {
    min-width: 0;
    container-type: normal;
  }

  :host(:state(button)) {
    min-width: 0;
    container-type: normal;
  }

  p,
  ul,
  dl,
  dd,
  h2,
  h3,
  h4,
  fieldset {
    margin: 0;
  }

  /* A column, so a long state line ("On sale from …") sets the width only when it is the longest line. */
  .buy {
    flex-direction: column;
    gap: 0.1em;
    max-width: 100%;
    text-align: center;
  }

  .buy .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: center;
    gap: 0.15em 0.6em;
  }

  /* A tag rather than a divider: it still reads as the price when it wraps under a long name. */
  .buy .price {
    padding: 0 0.45em;
    border-radius: calc(var(--_radius) / 2);
    /* An outline, not a fill: a tint behind the text would lower its contrast with the button colour. */
    box-shadow: inset 0 0 0 1px color-mix(in srgb, currentColor 55%, transparent);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .buy .state {
    font-size: 0.875em;
    font-weight: 500;
  }

  :host([size='small']) .buy {
    min-height: 36px;
    padding: 0.3em 0.75em;
    font-size: 0.875em;
  }

  :host([size='large']) .buy {
    min-height: 52px;
    padding: 0.7em 1.4em;
    font-size: 1.125em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.9em;
    margin-top: 0.4em;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .checkout-host svg {
    width: 1em;
    height: 1em;
    margin-inline-end: 0.3em;
    vertical-align: -0.125em;
    fill: currentColor;
  }

  .checkout-host bdi {
    overflow-wrap: normal;
    word-break: normal;
  }

  .unavailable {
    color: var(--_text);
  }

  .link-button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-size: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .card {
    display: grid;
    gap: var(--_gap);
    max-width: var(--alliance-pass-card-max-width, 44rem);
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .card-body {
    display: grid;
    grid-template-areas: 'facts' 'actions' 'meta';
    gap: var(--_gap);
  }

  .card-body .meta {
    grid-area: meta;
    margin-top: calc(var(--_gap) * -0.5);
  }

  .card-facts {
    grid-area: facts;
    display: grid;
    gap: 0.4em;
    min-width: 0;
  }

  .card-actions {
    grid-area: actions;
    display: grid;
    justify-items: start;
    align-content: start;
    min-width: 0;
  }

  @container (min-width: 34rem) {
    .card-body {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'facts actions' 'meta meta';
      align-items: end;
    }
    .card-actions {
      justify-items: end;
    }
    .card-body .meta {
      justify-content: flex-end;
    }
  }

  .name {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
  }

  .card-price,
  .coverage-price {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .description {
    color: var(--_muted);
  }

  .grants {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }

  .grants li::before {
    content: '✓' / '';
    margin-inline-end: 0.35em;
    color: var(--_success);
    font-weight: 700;
  }

  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }

  legend {
    margin-bottom: 0.5em;
    padding: 0;
    font-weight: 600;
  }

  .options {
    display: grid;
    gap: 0.5em;
  }

  @container (min-width: 36rem) {
    .options {
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    }
  }

  .option {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    gap: 0.1em 0.6em;
    padding: 0.65em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .option input {
    width: 1.15em;
    height: 1.15em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
  }

  .option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface-2);
  }

  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .option input:focus-visible {
    outline: none;
  }

  .option-text {
    display: grid;
    gap: 0.1em;
  }

  .option-name {
    font-weight: 600;
  }

  .option-price {
    font-variant-numeric: tabular-nums;
  }

  .option-detail {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .notice {
    margin-top: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px dashed var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.8125em;
  }

  .notice strong {
    color: var(--_warning);
  }

  /* The dialog sits in the top layer, far wider than a narrow host: it measures itself. */
  dialog {
    container-type: inline-size;
    width: min(44rem, calc(100vw - 1.5rem));
    max-width: none;
    max-height: calc(100dvh - 1.5rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overscroll-behavior: contain;
  }

  dialog::backdrop {
    background: rgb(10 14 22 / 0.55);
  }

  .dialog-head {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_gap);
    padding: var(--_gap) calc(var(--_gap) * 1.5);
    border-bottom: 1px solid var(--_border);
    background: var(--_surface);
  }

  .dialog-head h2 {
    font-size: 1.125em;
    line-height: 1.3;
    padding-top: 0.35em;
  }

  .close {
    flex: none;
    width: 44px;
    padding: 0;
    font-size: 1.25em;
  }

  .dialog-body {
    display: grid;
    gap: var(--_gap);
    padding: var(--_gap) calc(var(--_gap) * 1.5) calc(var(--_gap) * 1.5);
  }

  .coverage-heading {
    margin-top: 0.5em;
    font-size: 1em;
  }

  .open-summary {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .spaces {
    display: grid;
    padding: 0;
    list-style: none;
  }

  .space {
    display: grid;
    gap: 0.35em;
    padding: 0.75em 0;
    border-top: 1px solid var(--_border);
  }

  .space-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }

  .space-name {
    font-size: 1em;
  }

  .here {
    margin-inline-start: 0.5em;
    padding: 0.05em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 500;
    white-space: nowrap;
  }

  .open-state {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-size: 0.875em;
    font-weight: 600;
  }

  .dot {
    width: 0.6em;
    height: 0.6em;
    flex: none;
    border-radius: 50%;
    background: var(--_muted);
  }

  .open .dot {
    background: var(--_success);
  }

  .closes-soon .dot,
  .opens-soon .dot {
    background: var(--_warning);
  }

  .closed .dot {
    background: var(--_danger);
  }

  .unknown .dot {
    border: 1px solid var(--_muted);
    background: transparent;
  }

  .where {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .rules {
    display: grid;
    gap: 0.3em;
    font-size: 0.875em;
  }

  .rules > div {
    display: grid;
    gap: 0 1em;
  }

  @container (min-width: 30rem) {
    .rules > div {
      grid-template-columns: 9rem minmax(0, 1fr);
    }
  }

  .rules dt {
    color: var(--_muted);
    font-weight: 600;
  }

  .rules .line {
    display: block;
  }

  /* High contrast drops backgrounds and shadows: the status dot and the price tag keep a border. */
  @media (forced-colors: active) {
    .dot {
      border: 1px solid CanvasText;
    }
    .buy .price {
      border: 1px solid currentColor;
    }
    .option:has(input:checked) {
      border: 2px solid Highlight;
    }
  }
`;
