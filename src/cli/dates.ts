/**
 * Writing instants the way the feed wants them: the wall-clock time in a zone with that zone's offset at that
 * moment (`2026-12-10T17:30:00-06:00`), so a reader sees local time and every reader gets the same instant.
 */
import { isoDate, zoneOffsetMinutes, zonedParts } from '../shared/time.js';

/** `instant` as an ISO 8601 date-time in `timeZone`, with seconds and the zone's offset then. */
export function formatOffsetDateTime(instant: number, timeZone: string): string {
  const parts = zonedParts(instant, timeZone);
  return `${isoDate(parts)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${formatOffset(zoneOffsetMinutes(instant, timeZone))}`;
}

/** `+02:00`, `-05:00`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** The calendar date in `timeZone` at `instant`. */
export function dateIn(instant: number, timeZone: string): { year: number; month: number; day: number } {
  const { year, month, day } = zonedParts(instant, timeZone);
  return { year, month, day };
}

/** The canonical spelling of an IANA zone (`us/central` → `America/Chicago`), or null when unknown. */
export function canonicalZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
