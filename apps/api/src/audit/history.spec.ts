import { COMMON_RULES, TRANSITIONS } from '@memberflow/domain/member';
import { ProblemException } from '../http/problem';
import { csvField, historyCsv } from './history-csv';
import { historyEntry } from '@memberflow/application';
import { matchesFilter, parseHistoryFilter, parseTimePoint } from './history-query';
import { chained } from '@memberflow/application/audit/memory-store.testing';

const [ceremony, correction, recorded] = chained([
  {
    streamId: 'member-1',
    type: 'AdmittedAtCeremony',
    occurredOn: '2024-03-03',
    recordedAt: '2024-03-10T02:00:00.000Z',
    data: { warnings: [{ rule: 'R-CEREMONY-LATE', message: { vi: 'muộn', en: 'late' } }] },
    metadata: {
      action: 'hold-ceremony',
      policyVersion: '2021',
      documentRef: '125-QĐ/HU',
      reason: 'lễ kết nạp',
    },
  },
  {
    streamId: 'member-1',
    type: 'DetailsCorrected',
    occurredOn: '2024-04-01',
    recordedAt: '2024-04-01T02:00:00.000Z',
    data: {
      changes: [
        { field: 'fullName', old: 'Nguyễn Văn A', new: 'Nguyễn Văn Á' },
        { field: 'religion', new: 'Phật giáo' },
      ],
    },
    metadata: { action: 'correct-details', reason: 'sai chính tả, theo CCCD' },
  },
  {
    streamId: 'member-1',
    type: 'RatingRecorded',
    occurredOn: '2024-12-20',
    metadata: { action: 'record-rating', rules: ['R-RATING-ONCE', 'R-UNKNOWN'] },
  },
]);

describe('historyEntry', () => {
  it('carries the business date, record time, actor, reason, document and policy version', () => {
    expect(historyEntry(ceremony)).toMatchObject({
      revision: 0,
      position: '1',
      type: 'AdmittedAtCeremony',
      occurredOn: '2024-03-03',
      recordedAt: '2024-03-10T02:00:00.000Z',
      late: true,
      action: 'hold-ceremony',
      actor: { id: 'officer-1', role: 'officer', orgId: 'cell-1' },
      reason: 'lễ kết nạp',
      documentRef: '125-QĐ/HU',
      policyVersion: '2021',
      hash: ceremony.hash,
      prevHash: ceremony.prevHash,
    });
  });

  it("lists the rules of the action's transition when the event recorded none, with their explanations", () => {
    const entry = historyEntry(ceremony);
    expect(entry.rulesSource).toBe('transition-table');
    expect(entry.rulesPassed.map((rule) => rule.code)).toEqual([
      ...COMMON_RULES,
      ...TRANSITIONS['hold-ceremony'].rules,
    ]);
    expect(entry.rulesPassed[0].vi).not.toBe('');
    expect(entry.warnings).toEqual([
      { rule: 'R-CEREMONY-LATE', message: { vi: 'muộn', en: 'late' } },
    ]);
  });

  it('prefers the rule codes recorded with the event', () => {
    const entry = historyEntry(recorded);
    expect(entry.rulesSource).toBe('recorded');
    expect(entry.rulesPassed).toEqual([
      expect.objectContaining({ code: 'R-RATING-ONCE' }),
      { code: 'R-UNKNOWN', vi: '', en: '' },
    ]);
  });

  it('shows the old and the new value of each corrected field', () => {
    expect(historyEntry(correction).changes).toEqual([
      { field: 'fullName', old: 'Nguyễn Văn A', new: 'Nguyễn Văn Á' },
      { field: 'religion', old: null, new: 'Phật giáo' },
    ]);
    expect(historyEntry(ceremony).changes).toBeUndefined();
  });
});

describe('history filters', () => {
  const entries = [ceremony, correction, recorded].map(historyEntry);

  it('keeps the events whose business date lies in [from, to] and whose type is asked for', () => {
    const byDate = parseHistoryFilter({ from: '2024-03-03', to: '2024-04-01' });
    expect(entries.filter((e) => matchesFilter(e, byDate)).map((e) => e.revision)).toEqual([0, 1]);
    const byType = parseHistoryFilter({
      type: ['DetailsCorrected', 'RatingRecorded,AdmittedAtCeremony'],
    });
    expect(entries.filter((e) => matchesFilter(e, byType))).toHaveLength(3);
    const one = parseHistoryFilter({ type: 'DetailsCorrected' });
    expect(entries.filter((e) => matchesFilter(e, one)).map((e) => e.type)).toEqual([
      'DetailsCorrected',
    ]);
  });

  it('refuses bad dates, an inverted range and unknown types, naming each parameter', () => {
    let thrown: unknown;
    try {
      parseHistoryFilter({ from: '2024-02-30', to: '2023-01-01', type: 'Nope' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    const problem = (thrown as ProblemException).toProblem();
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.field)).toEqual(['from', 'type']);
    expect(() => parseHistoryFilter({ from: '2024-03-02', to: '2024-03-01' })).toThrow(
      ProblemException,
    );
  });

  it('defaults asOf to today in Vietnam and knownAt to now', () => {
    const now = new Date('2024-03-05T18:00:00.000Z'); // 01:00 on 6 March in Vietnam
    expect(parseTimePoint({}, now)).toEqual({
      asOf: '2024-03-06',
      knownAt: '2024-03-05T18:00:00.000Z',
    });
    expect(() => parseTimePoint({ asOf: '5/3/2024' }, now)).toThrow(ProblemException);
    expect(() => parseTimePoint({ knownAt: '2024-03-06T10:00' }, now)).toThrow(ProblemException);
  });
});

describe('history CSV', () => {
  it('has a header, one CRLF line per event, a byte-order mark, and the corrections spelled out', () => {
    const csv = historyCsv([ceremony, correction].map(historyEntry));
    expect(csv.startsWith('\uFEFFrevision,position,eventId,type,occurredOn,recordedAt,late,')).toBe(
      true,
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two events, the final empty line
    expect(lines[2]).toContain('fullName: Nguyễn Văn A → Nguyễn Văn Á; religion: ∅ → Phật giáo');
    expect(lines[1]).toContain('125-QĐ/HU');
  });

  it('quotes separators and neutralizes spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
  });
});
