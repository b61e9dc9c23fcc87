export interface GenerateFeedOptions {
  spaces?: number;
  events?: number;
  passes?: number;
  seed?: number;
  /** ISO date-time; events fall in the year after it. */
  now?: string;
}
/** A raw (unparsed) feed object; run it through parseFeed for typed data. */
export function generateFeed(options?: GenerateFeedOptions): Record<string, unknown> & { version: 1 };
