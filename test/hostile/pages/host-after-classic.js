// The host page's own classic script, deferred, after the kit's module: it must run whatever the kit did.
window.pageLog.hostScripts.push('deferred classic script after the kit');
