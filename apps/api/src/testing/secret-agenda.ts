import type { MeetingStatus } from '@aloite/domain';
import { ok } from './committee-meetings';
import { uploadMarked, type DocumentClass, type SecretLedger, type WorldDocument } from './secret-markers';
import type { TestApp } from './test-app';

/** Held meetings lie behind the test app's day (21.5.2026), planned ones ahead of it. */
const MEETING_DATES: Record<MeetingStatus, string> = {
  planned: '2026-06-15',
  agendaPublished: '2026-06-01',
  held: '2026-05-19',
  minutesChecked: '2026-05-14',
  cancelled: '2026-06-22',
};

export interface Committee {
  api: TestApp;
  id: string;
  secretary: { token: string; as: TestApp['request'] };
  ledger: SecretLedger;
}

/**
 * A meeting of the committee brought to `status` as its secretary keeps it, its one item on the initiative (asked
 * for the committee's statement) with the documents given; decided once held. Returns the meeting and the item's
 * document that waits for the minutes.
 */
export async function meetingInStatus(
  committee: Committee,
  status: MeetingStatus,
  initiativeId: string,
  documents: readonly DocumentClass[],
): Promise<{ id: string; waiting: WorldDocument | undefined }> {
  const { api, secretary, ledger } = committee;
  const [meeting] = (await ok(
    secretary.as('POST', `/api/bodies/${committee.id}/meetings`, {
      meetings: [{ date: MEETING_DATES[status], startTime: '16:00', place: 'Kokoushuone' }],
    }),
    201,
  )) as { id: string }[];
  // Before its agenda is published, an item is a draft (domain § 8.2): its proposal and preparers are not public.
  const draft = status === 'planned' || status === 'cancelled';
  const proposal = draft ? ledger.secret('draft') : 'Lautakunta antaa lausunnon.';
  const item = await ok(
    secretary.as('POST', `/api/meetings/${meeting.id}/items`, {
      initiativeIds: [initiativeId],
      preparers: [
        {
          name: draft ? ledger.secret('drafter') : 'Risto Valmistelija',
          title: 'Kehittämispäällikkö',
          email: ledger.mail(),
        },
      ],
      presenter: { name: 'Milla Esittelijä', title: 'Päällikkö' },
      proposal: `Ehdotus: ${proposal}.`,
      responseText: `Vastine: ${proposal}.`,
    }),
    201,
  );
  let waiting: WorldDocument | undefined;
  for (const publicity of documents) {
    const fields = { agendaItemId: item.id as string };
    const document = await uploadMarked(api, secretary.token, initiativeId, publicity, fields, ledger);
    if (publicity === 'waiting') waiting = document;
    ledger.keep(publicity === 'waiting' && status === 'minutesChecked' ? 'public' : publicity, document);
  }
  const change = (body: object) => ok(secretary.as('PATCH', `/api/meetings/${meeting.id}`, body));
  if (status === 'cancelled') await change({ status: 'cancelled' });
  if (draft) return { id: meeting.id, waiting };
  await change({ status: 'agendaPublished' });
  if (status === 'agendaPublished') return { id: meeting.id, waiting };
  await change({ status: 'held' });
  const decision = { decisionType: 'asProposed' };
  await ok(secretary.as('POST', `/api/meetings/${meeting.id}/items/${item.id}/decision`, decision));
  if (status === 'minutesChecked')
    await ok(secretary.as('POST', `/api/meetings/${meeting.id}/minutes-checked`, { date: '2026-05-20' }));
  return { id: meeting.id, waiting };
}
