import type { Action } from './rule-packs';

export const BODY_KINDS = ['council', 'board', 'committee', 'subcommittee'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Domain § 1.2: the board asks committees or subcommittees (lautakunta, jaosto) for statements. */
export const STATEMENT_BODY_KINDS: readonly BodyKind[] = ['committee', 'subcommittee'];

/**
 * The kind of body whose meeting an action is recorded from. Null: the action has no meeting, or the meeting is
 * the asked body's own, whatever its kind.
 */
export function meetingBodyKind(action: Action): BodyKind | null {
  switch (action) {
    case 'FILE_INITIATIVE': // Domain § 1.1: the minutes of a council meeting record the initiative handed in.
    case 'REFER_TO_BOARD': // Domain § 2: REFER_TO_BOARD's meeting is the council meeting.
    case 'RECORD_COUNCIL_DECISION': // Domain § 1.5: the council declares the initiative handled.
    case 'CLOSE_VIA_ANNUAL_LIST': // Domain § 1, annual list: the council closes listed initiatives at once.
    case 'DECLARE_LAPSED': // Domain § 1, lapse: at the list date, unless the council decides otherwise.
      return 'council';
    case 'RECORD_BOARD_DECISION': // Domain § 1.4: the board handles the answer.
      return 'board';
    case 'RECORD_STATEMENT': // Domain § 1.3: each asked body handles it in its own meeting.
    case 'REQUEST_STATEMENT':
    case 'RECORD_WRITTEN_STATEMENT': // Domain § 8.6: an office holder answers in writing, without a meeting.
    case 'WAIVE_STATEMENT':
    case 'REFER_FOR_MEASURES':
    case 'WITHDRAW':
      return null;
  }
}
