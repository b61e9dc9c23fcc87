/**
 * A React 19 app using alliance-kit/react (here from src/): props set as element properties, typed event
 * callbacks that route in the app instead of navigating, and re-renders that update the elements in place.
 * Written with createElement so the project's type-check needs no JSX setting; in an app, write JSX:
 *
 *   <AllianceDirectory layout={layout} limit={6} onAllianceSpaceSelect={openSpace} />
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AllianceDirectory, AllianceFeed, AlliancePassButton } from '../../src/react/index.js';
import type { AllianceSpaceSelectEvent } from '../../src/components/directory/directory-events.js';
import type { AlliancePassCheckoutEvent } from '../../src/components/pass-button/events.js';

type Layout = 'grid' | 'list' | 'compact';

function App() {
  const [layout, setLayout] = useState<Layout>('compact');
  const [message, setMessage] = useState('Open a space or the checkout: the app handles it.');

  const openSpace = (event: AllianceSpaceSelectEvent) => {
    event.preventDefault(); // route inside the app instead of leaving the page
    setMessage(`The app would open its own page for ${event.detail.space.name} (${event.detail.spaceId}).`);
  };
  const checkout = (event: AlliancePassCheckoutEvent) => {
    event.preventDefault();
    setMessage(`The app would open its own checkout for ${event.detail.pass.name}.`);
  };

  return h(
    AllianceFeed,
    { src: '../sample-feed.json' },
    h(
      'section',
      { className: 'case' },
      h('h2', null, 'Directory'),
      h(
        'p',
        null,
        'Layout: ',
        (['grid', 'list', 'compact'] as const).map((option) =>
          h('button', { key: option, type: 'button', 'aria-pressed': option === layout, onClick: () => setLayout(option) }, option),
        ),
      ),
      h('p', { role: 'status' }, message),
      h(AllianceDirectory, { layout, limit: 6, showFilters: false, onAllianceSpaceSelect: openSpace }, h('a', { href: 'https://prairieandpeaks.example/' }, 'Member spaces')),
    ),
    h(
      'section',
      { className: 'case' },
      h('h2', null, 'Pass button'),
      h(AlliancePassButton, { pass: 'day-pack-5', onAlliancePassCheckout: checkout }, h('a', { href: 'https://prairieandpeaks.example/pass' }, 'Buy the pass')),
    ),
  );
}

createRoot(document.getElementById('app')!).render(h(App));
