import { css } from 'lit';

/**
 * Design tokens and host rules shared by every kit element.
 *
 * Public tokens are `--alliance-*` custom properties the embedder may set; each resolves to a private
 * `--_*` token with a fallback, so a page that sets nothing still gets a complete, accessible theme. Brand
 * colours from the feed arrive as `--_feed-*` properties set with `style.setProperty` and rank below the
 * embedder's own values.
 */
/** The dark theme's token values, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkTokens = css`
    --_link: var(--alliance-color-link, var(--_feed-link-dark, #9cc0ff));
    --_surface: var(--alliance-color-surface, #161a22);
    --_surface-2: var(--alliance-color-surface-raised, #222835);
    --_text: var(--alliance-color-text, #eef1f7);
    --_muted: var(--alliance-color-muted, #b4bccb);
    --_border: var(--alliance-color-border, #4a5366);
    --_success: var(--alliance-color-success, #7ddc97);
    --_warning: var(--alliance-color-warning, #ffc46b);
    --_danger: var(--alliance-color-danger, #ffb4ab);
    --_focus: var(--alliance-focus-color, #9cc0ff);
    color-scheme: dark;
`;

export const baseStyles = css`
  :host {
    --_primary: var(--alliance-color-primary, var(--_feed-primary, #2456d6));
    --_on-primary: var(--alliance-color-on-primary, var(--_feed-on-primary, #ffffff));
    --_link: var(--alliance-color-link, var(--_feed-link-light, #1d4ed8));
    --_surface: var(--alliance-color-surface, #ffffff);
    --_surface-2: var(--alliance-color-surface-raised, #f4f6fa);
    --_text: var(--alliance-color-text, #1b2130);
    --_muted: var(--alliance-color-muted, #4f596b);
    --_border: var(--alliance-color-border, #c9d0dc);
    --_success: var(--alliance-color-success, #146c2e);
    --_warning: var(--alliance-color-warning, #8a4b00);
    --_danger: var(--alliance-color-danger, #b3261e);
    --_focus: var(--alliance-focus-color, #1d4ed8);
    --_radius: var(--alliance-radius, 10px);
    --_gap: var(--alliance-spacing, 0.75rem);
    --_font: var(--alliance-font-family, inherit);
    --_font-size: var(--alliance-font-size, 1rem);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    max-width: 100%;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * Text properties every element inherits from the page, settled on the host and again on the wrapper
   * inside it (a host stylesheet's rule on "*", or "all: unset", beats :host but not this inner wrapper): a
   * page's "white-space: nowrap", "text-indent", "letter-spacing", a transparent "-webkit-text-fill-color" or
   * vertical writing would cut off or hide the elements' text. Font family and size, colour, direction and
   * visibility still come from the page (and the --alliance-* tokens).
   */
  :host,
  .speaks {
    line-height: 1.45;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    overflow-wrap: anywhere;
    font-style: normal;
    font-weight: normal;
    text-shadow: none;
    -webkit-text-fill-color: currentcolor;
    writing-mode: horizontal-tb;
  }

  /* The wrapper that carries the language of the words (see renderWithFeed); no box of its own. */
  .speaks {
    display: contents;
  }

  a {
    color: var(--_link);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  img {
    max-width: 100%;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Feed text is isolated so a stray bidi control cannot reorder the prices and names around it. */
  .text,
  bdi {
    unicode-bidi: isolate;
  }

  .status {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .status.error {
    flex-wrap: wrap;
    border-color: var(--_danger);
  }

  .status .detail {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .spinner {
    width: 1em;
    height: 1em;
    flex: none;
    border: 2px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: alliance-spin 0.9s linear infinite;
  }

  @keyframes alliance-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }

  .stale {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button.secondary {
    border-color: var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  .button[aria-disabled='true'],
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .spinner {
      border-color: CanvasText;
      border-top-color: Highlight;
    }
  }
`;
