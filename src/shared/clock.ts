/**
 * The kit's only reads of "now" and of the visitor's time zone. Tests pin both here instead of patching
 * globals; a host app may pin them too (a kiosk showing another city's view).
 */
export const clock = {
  now: (): number => Date.now(),
  viewerTimeZone: (): string => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
