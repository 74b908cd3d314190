import { canonicalJson } from '@memberflow/event-store';
import type { HistoryEntry } from '@memberflow/application';

const COLUMNS: readonly [string, (entry: HistoryEntry) => unknown][] = [
  ['revision', (e) => e.revision],
  ['position', (e) => e.position],
  ['eventId', (e) => e.eventId],
  ['type', (e) => e.type],
  ['occurredOn', (e) => e.occurredOn],
  ['recordedAt', (e) => e.recordedAt],
  ['late', (e) => e.late],
  ['action', (e) => e.action],
  ['actorId', (e) => e.actor?.id],
  ['actorRole', (e) => e.actor?.role],
  ['actorOrgId', (e) => e.actor?.orgId],
  ['reason', (e) => e.reason],
  ['documentRef', (e) => e.documentRef],
  ['policyVersion', (e) => e.policyVersion],
  ['rulesPassed', (e) => e.rulesPassed.map((rule) => rule.code).join(' ')],
  ['warnings', (e) => e.warnings.map((warning) => warning.rule).join(' ')],
  [
    'changes',
    (e) => e.changes?.map((c) => `${c.field}: ${display(c.old)} → ${display(c.new)}`).join('; '),
  ],
  ['data', (e) => canonicalJson(e.data)],
  ['prevHash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

function display(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  return typeof value === 'string' ? value : canonicalJson(value);
}

/**
 * One RFC 4180 field. Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
 * prefixed with an apostrophe: a reason typed by an officer must not execute on an auditor's machine.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The history as CSV: a byte-order mark (so spreadsheets read Vietnamese as UTF-8), CRLF lines. */
export function historyCsv(entries: readonly HistoryEntry[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  for (const entry of entries) lines.push(COLUMNS.map(([, get]) => csvField(get(entry))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
