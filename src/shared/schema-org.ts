/**
 * schema.org shapes that more than one element writes into its JSON-LD (the directory's LocalBusiness, the
 * events' Place), so a feed address reads the same to a search engine wherever it appears.
 */
import type { Address } from '../feed/schema.js';

/** A feed address as a schema.org `PostalAddress`, without the parts the feed leaves out. */
export function postalAddress(address: Address): Record<string, string> {
  const fields: [string, string | undefined][] = [
    ['streetAddress', address.street],
    ['addressLocality', address.locality],
    ['addressRegion', address.region],
    ['postalCode', address.postalCode],
    ['addressCountry', address.country],
  ];
  const result: Record<string, string> = { '@type': 'PostalAddress' };
  for (const [key, value] of fields) if (value) result[key] = value;
  return result;
}
