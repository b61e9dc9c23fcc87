/**
 * The loading, error and stale renderings every kit element shares, so a visitor sees the same calm
 * messages whichever element they meet, and a site owner sees the same actionable detail.
 */
import { msg, str } from './localize.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedState } from '../feed/loader.js';
import { clock } from './clock.js';
import { formatRelative } from './format.js';

export function renderLoading(label: string = msg('Loading alliance information…')): TemplateResult {
  return html`<div class="status loading" part="status" role="status">
    <span class="spinner" aria-hidden="true"></span><span>${label}</span>
  </div>`;
}

/**
 * The error state: a sentence for visitors, the technical reason for the site owner, and a retry button when
 * trying again could help.
 */
export function renderError(state: FeedState, onRetry: () => void): TemplateResult {
  const error = state.error;
  const retryable = error?.retryable ?? false;
  return html`<div class="status error" part="status error" role="alert">
    <span>${msg('Alliance information is unavailable right now.')}</span>
    ${retryable
      ? html`<button type="button" class="button secondary" part="retry" @click=${onRetry}>${msg('Try again')}</button>`
      : nothing}
    ${error ? html`<span class="detail" lang="en">${error.message}</span>` : nothing}
  </div>`;
}

/** "Updated 3 days ago", shown above content that comes from the stored copy after a failed refresh. */
export function renderStale(state: FeedState, locale: string, now: number = clock.now()): TemplateResult | typeof nothing {
  if (!state.stale || !state.error || state.fetchedAt === null) return nothing;
  const ago = formatRelative(state.fetchedAt, now, locale);
  return html`<p class="stale" part="stale" role="status">${msg(str`Updated ${ago}. Newer information could not be loaded.`)}</p>`;
}
