// Lists every Content-Security-Policy violation on demo/csp.html (plain script: the page allows no inline code).
(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} ${event.sample ? `(${event.sample})` : ''}`.trim());
    show();
  });
  const tags = ['alliance-badge', 'alliance-pass-button', 'alliance-events', 'alliance-directory'];
  const rendered = () => tags.filter((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('*:not(style):not(slot)'));
  function show() {
    const result = document.getElementById('csp-result');
    const list = document.getElementById('csp-violations');
    if (!result || !list) return;
    const done = rendered();
    result.textContent =
      `${done.length} of ${tags.length} elements rendered; ` +
      (violations.length === 0 ? 'no policy violations.' : `${violations.length} policy violation(s):`);
    list.replaceChildren(...violations.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  }
  addEventListener('DOMContentLoaded', async () => {
    const policy = (await fetch(location.href, { method: 'HEAD' })).headers.get('content-security-policy');
    document.getElementById('csp-policy').textContent = policy ? `Policy of this page: ${policy}` : 'This page was served without a policy.';
    for (let i = 0; i < 50 && rendered().length < tags.length; i++) await new Promise((done) => setTimeout(done, 100));
    show();
  });
})();
