/**
 * The one place the kit reaches the network. Tests swap the implementation with {@link setFeedFetch} and a
 * route table of `Response`s, so no test depends on a server.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

let current: FetchLike | undefined;

export function feedFetch(url: string, init: RequestInit): Promise<Response> {
  return current ? current(url, init) : globalThis.fetch(url, init);
}

/** Replaces the network for every feed load on the page (tests, or a host app with its own transport). */
export function setFeedFetch(fetchImpl: FetchLike | undefined): void {
  current = fetchImpl;
}
