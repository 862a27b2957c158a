import type { AgendaEvent, MeetingStatus } from '../../api/types';
import { byCount } from '../plural';

/** Meetings: a body's calendar, a meeting's agenda, its decisions and minutes, and putting an initiative on it. */
export const meetings = {
  meetings: {
    nav: 'Kokoukset',
    calendarTitle: 'Kokouskalenteri',
    body: 'Toimielin',
    year: 'Vuosi',
    show: 'Näytä',
    none: 'Toimielimellä ei ole tämän vuoden kokouksia.',
    date: 'Päivämäärä',
    time: 'Alkamisaika',
    place: 'Paikka',
    status: 'Tila',
    /** 16:30 → klo 16.30, as Finnish writes the time of day. */
    at: (time: string) => `klo ${time.replace(':', '.')}`,
    statuses: {
      planned: 'Suunniteltu',
      agendaPublished: 'Esityslista julkaistu',
      held: 'Pidetty',
      minutesChecked: 'Pöytäkirja tarkastettu',
      cancelled: 'Peruttu',
    } satisfies Record<MeetingStatus, string>,
    plan: 'Suunnittele kokouksia',
    planIntro:
      'Lisää yksi kokous tai koko vuoden kokouskalenteri kerralla: jokaiselle kokoukselle päivä ja alkamisaika, paikka on kaikille sama.',
    timeHint: 'Muodossa hh:mm, esim. 16:30',
    addMeetingRow: 'Lisää kokous',
    meetingRow: 'Kokous',
    planSubmit: 'Tallenna kokoukset',
    planned: (count: number) => byCount('fi', count, 'Kokous lisättiin.', `${count} kokousta lisättiin.`),
    meetingTitle: (body: string, date: string) => `${body} ${date}`,
    backToCalendar: '← Kokouskalenteri',
    agenda: 'Esityslista',
    noItems: 'Esityslistalla ei ole asioita.',
    initiatives: 'Käsiteltävät aloitteet',
    decidedOn: (date: string) => `Päätetty ${date}`,
    documents: 'Asiakirjat',
    actions: 'Kokouksen toimenpiteet',
    publishAgenda: 'Julkaise esityslista',
    move: 'Siirrä kokous',
    moveSubmit: 'Tallenna uusi ajankohta',
    cancelMeeting: 'Peru kokous',
    cancelConfirm: 'Perutaanko kokous? Peruttua kokousta ei voi palauttaa.',
    keepMeeting: 'Älä peru',
    changed: 'Kokouksen tiedot tallennettiin.',
    decisions: 'Kokouksen päätökset',
    decisionsIntro:
      'Kirjaa koko esityslistan päätökset kerralla. Jokainen asia on valmiiksi päätetty ehdotuksen mukaan; muuta vain ne, joissa kokous päätti toisin.',
    changedResponse: 'Muutettu vastine',
    recordDecisions: 'Tallenna päätökset',
    savedItem: (section: number, type: string) => `§ ${section}: tallennettu (${type})`,
    refusedItem: (section: number, reason: string) => `§ ${section}: ei tallennettu – ${reason}`,
    results: 'Päätösten tallennus',
    minutes: 'Pöytäkirjan tarkastus',
    minutesIntro:
      'Kun pöytäkirja on tarkastettu, esityslistan asiakirjat, jotka odottavat pöytäkirjan tarkastusta, tulevat julkisiksi. Salassa pidettävät eivät muutu.',
    minutesDate: 'Tarkastuspäivä',
    minutesSubmit: 'Merkitse pöytäkirja tarkastetuksi',
    minutesChecked: (date: string) => `Pöytäkirja tarkastettu ${date}.`,
    publishedDocuments: 'Julkisiksi tulivat:',
    noneBecamePublic: 'Yksikään asiakirja ei muuttunut julkiseksi.',
    addToAgenda: 'Lisää esityslistalle',
    addToAgendaIntro:
      'Valitse toimielin ja sen kokous, jonka esityslistalle aloite tulee. Kokouksen päätös kirjataan myöhemmin kokouksen sivulla.',
    meeting: 'Kokous',
    noOpenMeetings:
      'Toimielimellä ei ole suunniteltuja kokouksia, joiden esityslistalle voisi lisätä asioita.',
    sectionHint: 'Tyhjänä seuraava vapaa pykälä',
    presenterName: 'Esittelijän nimi',
    presenterTitle: 'Esittelijän nimike',
    onAgenda: (body: string, date: string, section: number) => `Esityslistalla: ${body} ${date} § ${section}`,
    agendaEvents: {
      REFER_TO_BOARD: 'Lähettäminen kaupunginhallituksen valmisteltavaksi',
      RECORD_STATEMENT: 'Lausunto',
      RECORD_BOARD_DECISION: 'Kaupunginhallituksen päätös',
      RECORD_COUNCIL_DECISION: 'Valtuuston päätös',
    } satisfies Record<AgendaEvent, string>,
  },
};

export type MeetingMessages = typeof meetings;
