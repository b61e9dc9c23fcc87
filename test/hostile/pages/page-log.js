// Classic script, first in <head> of every hostile host page: what the page saw, read by the test in the parent
// window. Records script errors that reached the window, Content-Security-Policy violations, console output
// and which of the host's own scripts ran.
window.pageLog = { errors: [], violations: [], console: [], hostScripts: [] };
addEventListener(
  'error',
  (event) => {
    if (event instanceof ErrorEvent) window.pageLog.errors.push(`error: ${event.message}`);
  },
  true,
);
addEventListener('unhandledrejection', (event) => window.pageLog.errors.push(`unhandledrejection: ${String(event.reason)}`));
document.addEventListener('securitypolicyviolation', (event) => {
  window.pageLog.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
});
for (const level of ['error', 'warn', 'info', 'log']) {
  const real = console[level].bind(console);
  console[level] = (...args) => {
    window.pageLog.console.push({ level, text: args.map(String).join(' ') });
    real(...args);
  };
}
