import {
  TEMPLATES,
  correct,
  correctableFieldsOf,
  replay,
  type AuditLogEntry,
  type HandlingCorrection,
} from '../index';
import { boardDecision, councilDecision, facts, referral, statement, statementRequest } from '../testing';

// Domain § 8.5 (oikaisu): a wrong §, date or text of a recorded handling is corrected with a reason; the original
// stays in the audit log. The council closed the initiative "on 28.4.2026 § 52" but met on 27.4.2026 as § 53, and
// the subcommittee's statement of 20.3.2026 was given on 19.3.2026: the record follows the corrected meetings.
const filed = facts({ submittedOn: '2026-01-15' });
const pack = TEMPLATES[filed.rulePack];
const log: AuditLogEntry[] = [
  referral('2026-01-26'), // seq 2
  statementRequest('employment', '2026-02-02', '2026-05-31'), // seq 3
  statement('employment', '2026-03-20'), // seq 4
  boardDecision('2026-04-13', 'proposeToCouncil'), // seq 5
  {
    ...councilDecision('2026-04-28', 'closed'),
    meeting: { bodyId: 'council', date: '2026-04-28', section: 52 },
  }, // seq 6
];
const closingCorrected: HandlingCorrection = {
  type: 'CORRECT_HANDLING',
  seq: 6,
  changes: { date: { before: '2026-04-28', after: '2026-04-27' }, section: { before: 52, after: 53 } },
  reason: 'Pöytäkirjan mukaan asia käsiteltiin 27.4.2026 § 53.',
};

describe('correcting a recorded handling (domain § 8.5)', () => {
  it('moves the closure to the meeting as corrected: its meeting, date and the day the initiative ended', () => {
    const corrected = correct(filed, log, closingCorrected, pack);
    if (!corrected.ok) throw new Error('a correction within the rules was refused');
    expect(corrected.next.state).toBe('closed');
    expect(corrected.next.context.closure).toEqual({
      kind: 'council',
      date: '2026-04-27',
      meeting: { bodyId: 'council', date: '2026-04-27', section: 53 },
      annualListId: null,
      resolutions: [],
    });
    expect(corrected.next.context.endedOn).toBe('2026-04-27');
  });

  it('moves the day a statement was received, and replay of the log with its correction lands there too', () => {
    const statementCorrected: HandlingCorrection = {
      type: 'CORRECT_HANDLING',
      seq: 4,
      changes: { date: { before: '2026-03-20', after: '2026-03-19' } },
      reason: 'Jaosto kokoontui 19.3.2026.',
    };
    const corrected = correct(filed, log, statementCorrected, pack);
    if (!corrected.ok) throw new Error('a correction within the rules was refused');
    expect(corrected.next.context.statements[0]).toEqual(
      expect.objectContaining({ status: 'received', resolvedOn: '2026-03-19' }),
    );
    expect(replay(filed, [...log, statementCorrected, closingCorrected], pack)).toEqual(
      expect.objectContaining({
        context: expect.objectContaining({
          statements: [expect.objectContaining({ resolvedOn: '2026-03-19' })],
          endedOn: '2026-04-27',
        }),
      }),
    );
  });

  it('is refused where the record would no longer hold: a statement dated before it was asked for', () => {
    const beforeRequest: HandlingCorrection = {
      type: 'CORRECT_HANDLING',
      seq: 4,
      changes: { date: { before: '2026-03-20', after: '2026-02-01' } },
      reason: 'Väärä päivä.',
    };
    expect(correct(filed, log, beforeRequest, pack)).toEqual({
      ok: false,
      code: 'CORRECTION_CONTRADICTS_LOG',
      seq: 4,
      event: 'RECORD_STATEMENT',
    });
  });

  it('corrects only what a handling recorded: a council decision has no statement text or preparers', () => {
    expect(correctableFieldsOf('RECORD_COUNCIL_DECISION')).toEqual([
      'section',
      'date',
      'presenter',
      'proposal',
      'decision',
    ]);
    expect(correctableFieldsOf('REQUEST_STATEMENT')).toEqual([]);
  });
});
