import type { TestApp, TestResponse } from './test-app';

type Requester = TestApp['request'];

export const MEETING_KINDS = ['held', 'published', 'planned'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape
export async function ok(response: Promise<TestResponse>, status = 200): Promise<any> {
  const answered = await response;
  if (answered.status !== status)
    throw new Error(`expected ${status}, got ${answered.status}: ${answered.text}`);
  return answered.body;
}

/**
 * The committee's meetings as its secretary keeps them, each in a status where a foreign call would do work:
 * the held one takes its minutes, the published one a decision on its item, the planned one a move.
 */
export async function committeeMeetings(
  secretary: Requester,
  committee: string,
  awaitingStatement: string,
  { word, preparer }: { word: string; preparer: { name: string; email: string } },
): Promise<{ meetings: Record<MeetingKind, string>; agendaItem: string }> {
  const place = `${word}n kokoushuone`;
  const planned = (await ok(
    secretary('POST', `/api/bodies/${committee}/meetings`, {
      meetings: [
        { date: '2026-05-19', startTime: '16:00', place },
        { date: '2026-05-20', startTime: '16:30', place },
        { date: '2026-06-10', startTime: '16:30', place },
      ],
    }),
    201,
  )) as { id: string }[];
  const [held, published, ahead] = planned.map((meeting) => meeting.id) as [string, string, string];
  const item = await ok(
    secretary('POST', `/api/meetings/${published}/items`, {
      section: 5,
      initiativeIds: [awaitingStatement],
      preparers: [preparer],
      presenter: { name: preparer.name },
      proposal: `Lautakunta antaa lausunnon: ${word}.`,
      responseText: `Vastine: ${word}.`,
    }),
    201,
  );
  await ok(secretary('PATCH', `/api/meetings/${published}`, { status: 'agendaPublished' }));
  await ok(secretary('PATCH', `/api/meetings/${held}`, { status: 'held' }));
  return { meetings: { held, published, planned: ahead }, agendaItem: item.id as string };
}
