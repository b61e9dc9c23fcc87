// Classic script, before the kit: the host page has a prototype-pollution bug (a naive deep merge of
// attacker-controlled JSON, say from the query string), and someone used it. Every object on the page now
// inherits these values, including any object the kit builds or reads that lacks the key itself.
function naiveMerge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (!target[key]) target[key] = {};
      naiveMerge(target[key], value);
    } else {
      target[key] = value;
    }
  }
  return target;
}
const https = (key) => `https://polluted.example/${key}`;
const pollution = {
  href: 'javascript:__pwned("proto-href")',
  src: '/__hostile-beacon/proto-src',
  ...Object.fromEntries(
    ['url', 'website', 'logo', 'photo', 'image', 'checkoutUrl', 'onlineUrl', 'registrationUrl', 'bookingUrl', 'termsUrl', 'applyUrl', 'eventsUrl', 'calendarUrl', 'mapUrl'].map((key) => [key, https(key)]),
  ),
  email: 'pwned@polluted.example',
  phone: '+1 666 555 0000',
  domains: ['localhost', '127.0.0.1', 'polluted.example'],
  ...Object.fromEntries(
    ['description', 'tagline', 'logoAlt', 'photoAlt', 'imageAlt', 'notes', 'location', 'neighbourhood', 'region', 'criteria'].map((key) => [key, `POLLUTED ${key}`]),
  ),
  colors: { primary: '#ff0000', accent: '#00ff00' },
  tags: ['polluted-tag'],
  amenities: ['polluted-amenity'],
  status: 'cancelled',
  availability: 'sold-out',
  saleEnds: '2000-01-01T00:00:00Z',
  visits: 666,
  allDay: true,
  kind: 'polluted-kind',
};
// JSON.parse makes "__proto__" an own key; the merge then walks into Object.prototype through it.
naiveMerge({}, JSON.parse(`{"__proto__":${JSON.stringify(pollution)}}`));
window.pageLog.hostScripts.push('polluted Object.prototype');
