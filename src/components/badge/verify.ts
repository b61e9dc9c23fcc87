/**
 * The badge's one decision: may it claim membership on this page? Kept apart from the element so the rule
 * can be read (and tested) in one place.
 */
import { findSpace } from '../../feed/query.js';
import type { Feed, Space } from '../../feed/schema.js';
import { isPreviewHost, normalizeHost } from '../../shared/page-host.js';
import { isHostWithin } from '../../shared/safe-url.js';
import type { BadgeVerifyDetail } from './events.js';

export interface Verification extends BadgeVerifyDetail {
  /** The space the claim is about, when the feed knows it. */
  space?: Space;
}

/** The verdict for `spaceId` on `hostname`; `null` while there is no feed to decide with. */
export function verifyMembership(feed: Feed | null, spaceId: string | null, hostname: string): Verification | null {
  const host = normalizeHost(hostname);
  if (!spaceId) return { status: 'unverified', reason: 'missing-space', hostname: host, spaceId: null, domains: [] };
  if (!feed) return null;
  const space = findSpace(feed, spaceId);
  if (!space) return { status: 'unverified', reason: 'unknown-space', hostname: host, spaceId, domains: [] };
  const base = { hostname: host, spaceId, domains: space.domains ?? [], space };
  // Lapsed beats the preview: a site owner testing locally must learn the membership has ended.
  if (space.status !== 'active') return { ...base, status: 'unverified', reason: 'lapsed' };
  if (isPreviewHost(host)) return { ...base, status: 'preview', reason: 'preview-host' };
  if (base.domains.some((domain) => isHostWithin(host, domain))) return { ...base, status: 'verified', reason: 'ok' };
  return { ...base, status: 'unverified', reason: 'domain-mismatch' };
}

/** The console line that tells a site owner exactly why the badge does not claim membership. */
export function explainVerification(verification: Verification, allianceName: string): string {
  const { hostname, spaceId, domains } = verification;
  const tag = `<alliance-badge space="${spaceId ?? ''}">`;
  switch (verification.reason) {
    case 'missing-space':
      return (
        '<alliance-badge> has no space attribute, so it cannot show membership. Add your space id from the ' +
        `${allianceName ? `${allianceName} ` : 'alliance '}feed, e.g. <alliance-badge space="your-space-id">.`
      );
    case 'unknown-space':
      return `${tag}: the ${allianceName} feed has no space with id "${spaceId}". Check the spelling of the space attribute.`;
    case 'lapsed':
      return `${tag}: the ${allianceName} feed lists "${spaceId}" as lapsed, so the badge does not show membership.`;
    case 'domain-mismatch':
      return (
        `${tag}: this page's host "${hostname || '(none)'}" is not one of the domains the ${allianceName} feed lists for ` +
        `"${spaceId}" (${domains.length ? domains.join(', ') : 'it lists none'}), so the badge does not show membership. ` +
        'If this is your site, ask the alliance to add this domain to your space in the feed.'
      );
    case 'preview-host':
      return (
        `${tag}: previewing on ${hostname}. ` +
        (domains.length
          ? `Visitors will see the badge verified only on ${domains.join(', ')}.`
          : `The feed lists no domains for "${spaceId}" yet, so visitors will not see it verified anywhere: ask the alliance to add your site's domain.`)
      );
    case 'ok':
      return `${tag}: verified on ${hostname}.`;
  }
}

