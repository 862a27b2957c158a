import { step, type InitiativeEvent } from '@aloite/domain';
import type { DataSource } from 'typeorm';
import type { Decide } from '../lib/initiative-store';

/** Decides an event as the machine does: the event is refused where the machine refuses it. */
export const byTheRules =
  (event: InitiativeEvent): Decide =>
  (current) => {
    const result = step(current, event, current.pack);
    if (!result.ok) throw new Error(`${event.type} refused in ${current.state}`);
    return { event, next: result.next, handling: result.handling };
  };

/** The board tables the initiative (pöydälle) at its meeting's given section: allowed again and again. */
export const tabledByTheBoard = (boardId: string, section: number): InitiativeEvent => ({
  type: 'RECORD_BOARD_DECISION',
  meeting: { bodyId: boardId, date: '2027-01-15', section },
  proposal: 'Pöydälle.',
  decision: 'Pantiin pöydälle.',
  decisionType: 'tabled',
  outcome: 'tabled',
});

/** The sequence numbers of an initiative's audit rows, as the database holds them. */
export async function auditSeqs(db: DataSource, initiativeId: string): Promise<number[]> {
  const rows = (await db.query(`SELECT seq FROM initiative_event WHERE initiative_id = $1 ORDER BY seq`, [
    initiativeId,
  ])) as { seq: number }[];
  return rows.map((row) => row.seq);
}
