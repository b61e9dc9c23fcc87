import { expect } from '@open-wc/testing';
import { until } from '../helpers/feed.js';
import type { ResizeMessage } from '../../src/embed/embed-params.js';

const SAMPLE_FEED = new URL('/demo/sample-feed.json', location.href).href;

interface OpenEmbed {
  frame: HTMLIFrameElement;
  messages: ResizeMessage[];
  doc: () => Document;
  close: () => void;
}

/** Opens demo/embed.html (the page dist/embed.html is built from) in an iframe and records its height messages. */
function openEmbed(params: Record<string, string>, width = 640): OpenEmbed {
  const frame = document.createElement('iframe');
  const messages: ResizeMessage[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'alliance-kit:resize') messages.push(event.data as ResizeMessage);
  };
  addEventListener('message', onMessage);
  frame.style.width = `${width}px`;
  frame.style.height = '300px';
  frame.src = `/demo/embed.html?${new URLSearchParams(params)}`;
  document.body.append(frame);
  return {
    frame,
    messages,
    doc: () => frame.contentDocument!,
    close: () => {
      removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

const shadowOf = (embed: OpenEmbed, tag: string) => embed.doc()?.querySelector(tag)?.shadowRoot ?? null;
const contentHeight = (embed: OpenEmbed) => Math.ceil(embed.doc().getElementById('embed')!.getBoundingClientRect().height);

describe('iframe embed page', () => {
  it('renders the element and posts its height to the parent whenever the content changes', async () => {
    const embed = openEmbed({ element: 'directory', feed: SAMPLE_FEED, layout: 'compact', limit: '6', 'show-filters': 'false', id: 'members' });
    try {
      await until(() => (shadowOf(embed, 'alliance-directory')?.querySelectorAll('[part~="card"]').length ?? 0) === 6, 5000, 'six cards');
      await until(() => embed.messages.at(-1)?.height === contentHeight(embed), 3000, 'a message with the rendered height');
      const rendered = embed.messages.at(-1)!;
      expect(rendered).to.deep.equal({ type: 'alliance-kit:resize', height: contentHeight(embed), id: 'members' });
      expect(rendered.height).to.be.greaterThan(200);

      // A content change inside the page (fewer spaces) is reported as a new, smaller height.
      const count = embed.messages.length;
      embed.doc().querySelector('alliance-directory')!.setAttribute('limit', '1');
      await until(() => embed.messages.length > count && embed.messages.at(-1)!.height < rendered.height, 3000, 'a smaller height');
      expect(embed.messages.at(-1)!.height).to.equal(contentHeight(embed));
    } finally {
      embed.close();
    }
  });

  it('sets only the checked attributes and colours on the element', async () => {
    const embed = openEmbed({ element: 'events', feed: SAMPLE_FEED, layout: 'compact', limit: '2', theme: 'dark', 'color-primary': '#aa3300', onclick: 'alert(1)' });
    try {
      await until(() => !!embed.doc()?.querySelector('alliance-events'), 5000, 'the element');
      const element = embed.doc().querySelector('alliance-events')!;
      expect(element.getAttribute('feed')).to.equal(SAMPLE_FEED);
      expect(element.getAttribute('layout')).to.equal('compact');
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(element.hasAttribute('onclick')).to.equal(false);
      expect((element as HTMLElement).style.getPropertyValue('--alliance-color-primary')).to.equal('#aa3300');
      const notice = embed.doc().querySelector('.embed-message.notice')!;
      expect(notice.textContent).to.contain('Ignored “onclick”');
    } finally {
      embed.close();
    }
  });

  it('shows a readable message for bad parameters, and still reports its height', async () => {
    const embed = openEmbed({ element: 'carousel', feed: 'http://phishing.example/feed.json', id: 'x1' });
    try {
      await until(() => embed.messages.length > 0 && !!embed.doc()?.querySelector('.embed-message'), 5000, 'the message');
      const text = embed.doc().querySelector('.embed-message')!.textContent!;
      expect(text).to.contain('This embed cannot be shown');
      expect(text).to.contain('“carousel” is not an element this page shows');
      expect(text).to.contain('https');
      expect(embed.doc().querySelector('[role="alert"]')).to.exist;
      expect(embed.doc().querySelector('alliance-directory, alliance-events, alliance-badge, alliance-pass-button')).to.equal(null);
      expect(embed.messages.at(-1)).to.deep.include({ id: 'x1' });
      expect(embed.messages.at(-1)!.height).to.be.greaterThan(20);
    } finally {
      embed.close();
    }
  });

  it('renders attacker-supplied text as text', async () => {
    const embed = openEmbed({ element: '<img src=x onerror=alert(1)>', feed: SAMPLE_FEED });
    try {
      await until(() => !!embed.doc()?.querySelector('.embed-message'), 5000, 'the message');
      expect(embed.doc().querySelector('.embed-message img')).to.equal(null);
      expect(embed.doc().querySelector('.embed-message')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    } finally {
      embed.close();
    }
  });

  it('verifies the badge against the page that frames it (a local preview here)', async () => {
    const embed = openEmbed({ element: 'badge', feed: SAMPLE_FEED, space: 'crossroads-commons' });
    try {
      await until(() => !!shadowOf(embed, 'alliance-badge')?.querySelector('[part~="badge"]'), 5000, 'the badge');
      // The parent is localhost: the badge says it is a preview instead of claiming membership for the embed host.
      expect(shadowOf(embed, 'alliance-badge')!.querySelector('[part~="tag"]')).to.exist;
    } finally {
      embed.close();
    }
  });
});
