// The host page's own Lit app got there first: it created the one "lit-html" policy the page's CSP allows
// (`trusted-types lit-html`, without 'allow-duplicates').
window.hostLitPolicy = trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });
window.pageLog.hostScripts.push('host created the lit-html policy');
