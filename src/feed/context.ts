import { createContext } from '@lit/context';
import type { FeedSource } from './loader.js';

/**
 * What `<alliance-feed>` provides to the kit elements inside it. The key carries the interface version, so
 * two copies of the same kit on one page share a provider, while an incompatible future one does not.
 */
export const feedContext = createContext<FeedSource | undefined>('alliance-kit/feed-source@1');
