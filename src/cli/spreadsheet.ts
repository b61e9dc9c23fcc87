/**
 * Reads a CSV file exported from Google Sheets, Excel, Numbers or LibreOffice into rows numbered the way the
 * spreadsheet shows them (the header is row 1), whatever the export looked like: a UTF-8 byte-order mark,
 * Windows line endings, quoted fields with commas and line breaks, semicolons or tabs between fields
 * (Excel in much of Europe), or Excel's older Windows-1252 and UTF-16 encodings.
 */
import { parse } from 'csv-parse/sync';
import { CliError } from './io.js';

export interface Sheet {
  headers: string[];
  /** Data rows; blank rows are left out, but numbering follows the spreadsheet. */
  rows: SheetRow[];
  delimiter: string;
  /** `utf-8`, or the legacy encoding the file was read as (worth telling the organizer). */
  encoding: string;
}

export interface SheetRow {
  /** The row number the spreadsheet shows: the header is 1, the first data row 2. */
  number: number;
  cells: string[];
}

export function readSheet(bytes: Uint8Array, source: string): Sheet {
  const { text, encoding } = decode(bytes);
  if (!text.trim()) throw new CliError(`${source} is empty.`);
  if (/^\s*(?:PK\u0003\u0004|\u00d0\u00cf\u0011\u00e0)/.test(text)) {
    throw new CliError(
      `${source} is an Excel workbook, not a CSV file. In Excel choose File → Save As → "CSV UTF-8"; in Google Sheets File → Download → "Comma-separated values".`,
    );
  }
  const delimiter = sniffDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CliError(
        `${source}: a quoted field that starts before line ${lines ?? '?'} of the file never ends (a " is missing). Open the file in your spreadsheet program and save it as CSV again.`,
      );
    }
    throw new CliError(`${source} could not be read as CSV${lines ? ` (near line ${lines} of the file)` : ''}: ${(error as Error).message}`);
  }
  const [header = [], ...data] = records;
  const headers = header.map((cell) => cell.trim());
  if (headers.every((cell) => !cell)) throw new CliError(`${source}: the first row should name the columns ("Name", "Website", …), but it is empty.`);
  const rows: SheetRow[] = [];
  data.forEach((cells, index) => {
    const trimmed = cells.map((cell) => cell.replace(/\r\n?/g, '\n').trim());
    if (trimmed.some(Boolean)) rows.push({ number: index + 2, cells: trimmed });
  });
  return { headers, rows, delimiter, encoding };
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Excel's "CSV (Comma delimited)" on Windows writes the ANSI code page, which is Windows-1252 in the West.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The field separator: whichever of , ; tab | appears most in the header line, outside quotes. */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [candidate, n] of counts) if (n > counts.get(best)!) best = candidate;
  return best;
}
