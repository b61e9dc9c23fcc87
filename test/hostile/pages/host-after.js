// The host page's own module script, after the kit's: it must run whatever the kit did.
window.pageLog.hostScripts.push('module after the kit');
