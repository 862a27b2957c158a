/**
 * The n-th of a set of events that each end an initiative (withdrawal, or closure by the 2026 annual list), so
 * whichever lands first, every other one must be refused.
 */
export function endingEvent(councilId: string, index: number) {
  return index % 2 === 0
    ? { type: 'WITHDRAW', date: '2026-05-20', requestedBy: `Racer ${index}` }
    : {
        type: 'CLOSE_VIA_ANNUAL_LIST',
        meeting: { bodyId: councilId, date: '2026-05-20', section: 100 + index },
        annualListId: 'vuosilista-2026',
        listYear: 2026,
      };
}
