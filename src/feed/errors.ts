import type { FeedIssue } from './parse.js';

/** Why a feed could not be loaded. Each code maps to a message a site owner can act on. */
export type FeedErrorCode =
  | 'no-feed'
  | 'insecure'
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'too-large'
  | 'invalid';

/** Retrying may help for these; for the others the same request gives the same answer. */
const TRANSIENT: ReadonlySet<FeedErrorCode> = new Set(['network', 'timeout']);

export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';

  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** For `invalid` feeds: what validation found. */
  readonly issues: readonly FeedIssue[];

  constructor(readonly code: FeedErrorCode, message: string, details: { status?: number; issues?: readonly FeedIssue[] } = {}) {
    super(message);
    this.status = details.status;
    this.issues = details.issues ?? [];
  }

  /** Network failures, timeouts and server errors (5xx) are worth another try; 4xx and bad bodies are not. */
  get retryable(): boolean {
    return TRANSIENT.has(this.code) || (this.code === 'http' && (this.status ?? 0) >= 500);
  }
}
