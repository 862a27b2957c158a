import type { IsoDate } from '@aloite/domain';
import { csvFile } from '../documents/spreadsheet-cells';
import { bodyNameIn } from '../municipality/languages';
import type { FeedSite } from './public-feeds';
import type { PublicInitiativeRow } from './public-view';

/** One initiative in the yearly open-data download: the same columns in the CSV file and the JSON array. */
export interface DataRow {
  diaryNumber: string;
  title: string;
  kind: string;
  submittedOn: IsoDate;
  firstSigner: string | null;
  signatoryCount: number;
  state: string;
  filedAtBodyId: string;
  filedAtBody: string;
  filedOn: IsoDate;
  filedSection: number;
  endedOn: IsoDate | null;
  url: string;
}

const COLUMNS: readonly (keyof DataRow)[] = [
  'diaryNumber',
  'title',
  'kind',
  'submittedOn',
  'firstSigner',
  'signatoryCount',
  'state',
  'filedAtBodyId',
  'filedAtBody',
  'filedOn',
  'filedSection',
  'endedOn',
  'url',
];

/** Open data keeps the machine names (states and kinds as the API names them); a body also by its name. */
export function dataRows(site: FeedSite, rows: readonly PublicInitiativeRow[]): DataRow[] {
  const bodyName = bodyNameIn(site.bodies, site.lang);
  return rows.map((row) => ({
    diaryNumber: row.diaryNumber,
    title: row.title,
    kind: row.kind,
    submittedOn: row.submittedOn,
    firstSigner: row.firstSigner,
    signatoryCount: row.signatoryCount,
    state: row.state,
    filedAtBodyId: row.filedAt.bodyId,
    filedAtBody: bodyName(row.filedAt.bodyId),
    filedOn: row.filedAt.date,
    filedSection: row.filedAt.section,
    endedOn: row.endedOn,
    url: `${site.origin}/public/${site.slug}/${site.lang}/initiatives/${row.id}`,
  }));
}

/** As the staff app's spreadsheet export: `;`-separated UTF-8 with a byte-order mark, for Excel in Finland. */
export function dataCsv(rows: readonly DataRow[]): Buffer {
  return csvFile([COLUMNS, ...rows.map((row) => COLUMNS.map((column) => String(row[column] ?? '')))]);
}
