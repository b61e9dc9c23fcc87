/** What a badge concluded about the page it sits on. */
export type BadgeVerificationStatus = 'verified' | 'preview' | 'unverified';

/**
 * Why: `ok` (an active member on one of its own domains), `preview-host` (localhost or 127.0.0.1, so the
 * site owner can see the badge before publishing), `domain-mismatch` (this page's host is not one of the
 * space's domains: a copied badge, or a domain the feed does not list yet), `lapsed` (the space is no longer
 * a member), `unknown-space` (the feed has no space with this id), `missing-space` (no `space` attribute).
 */
export type BadgeVerificationReason = 'ok' | 'preview-host' | 'domain-mismatch' | 'lapsed' | 'unknown-space' | 'missing-space';

export interface BadgeVerifyDetail {
  status: BadgeVerificationStatus;
  reason: BadgeVerificationReason;
  /** The page's host name the badge checked (lower case). */
  hostname: string;
  /** The `space` attribute, or `null` when it is missing. */
  spaceId: string | null;
  /** The domains the feed lists for the space (empty when the space is unknown or lists none). */
  domains: readonly string[];
}

/** A badge checked its membership claim against the feed (fired again whenever the answer changes). */
export class AllianceBadgeVerifyEvent extends CustomEvent<BadgeVerifyDetail> {
  static readonly eventName = 'alliance-badge-verify';
  constructor(detail: BadgeVerifyDetail) {
    super(AllianceBadgeVerifyEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alliance-badge-verify': AllianceBadgeVerifyEvent;
  }
}
