import { TEMPLATES, RULE_PACK_IDS, formatDiaryNumber, type RulePackId } from '@aloite/domain';
import type { DemoSeedResult } from '../lib/demo-data';
import type { InitiativeStore } from '../lib/initiative-store';
import { councillorsInitiative, openSeededStore, type TestDatabase } from '../testing';

// The database draws the year's next diary number in the statement that files the initiative. The numbers must
// be written exactly as the domain's formatDiaryNumber writes them, and run without gaps or repeats (the registry
// files them in order), however many registrars file at once. A number typed in by hand is the same number of the
// register whatever its zero padding or letter case: a drawn one never repeats it.

describe('diary numbers drawn where the initiative is filed', () => {
  let database: TestDatabase;
  let demo: DemoSeedResult;
  let store: InitiativeStore;

  beforeAll(async () => {
    ({ database, demo, store } = await openSeededStore());
  });
  afterAll(() => database.close());

  const fileIn = (
    pack: RulePackId,
    year: number,
    diaryNumber: string | null = null,
    filedBodyId = demo.bodyIds.council,
  ) =>
    store.file(
      demo.municipalityId,
      councillorsInitiative({ councilId: filedBodyId, submittedOn: `${year}-03-02`, pack, diaryNumber }),
      'registry',
    );

  it.each(RULE_PACK_IDS.map((pack, index) => [pack, 2031 + index] as const))(
    'writes %s’s numbers as its rule pack does, from 1 on in a new year',
    async (pack, year) => {
      const drawn = [(await fileIn(pack, year)).diaryNumber, (await fileIn(pack, year)).diaryNumber];
      expect(drawn).toEqual(
        [1, 2].map((sequence) => formatDiaryNumber(TEMPLATES[pack], year, sequence, 'X')),
      );
    },
  );

  it('draws past a number typed in by hand, and refuses that number typed in again', async () => {
    const year = 2040;
    const typed = formatDiaryNumber(TEMPLATES.kajaani, year, 1, 'X');
    expect((await fileIn('kajaani', year, typed)).diaryNumber).toBe(typed);
    expect((await fileIn('kajaani', year)).diaryNumber).toBe(
      formatDiaryNumber(TEMPLATES.kajaani, year, 2, 'X'),
    );
    await expect(fileIn('kajaani', year, typed)).rejects.toMatchObject({ code: 'DUPLICATE_DIARY_NUMBER' });
  });

  it('draws past a number typed in by hand with other zero padding or letter case, and refuses it typed again', async () => {
    const padded = (sequence: number) => formatDiaryNumber(TEMPLATES.helsinki, 2042, sequence, 'X');
    expect(padded(1)).toBe('X 2042-000001');
    await fileIn('helsinki', 2042, 'X 2042-1');
    await fileIn('helsinki', 2042, 'x 2042-02');
    expect((await fileIn('helsinki', 2042)).diaryNumber).toBe(padded(3));
    await expect(fileIn('helsinki', 2042, 'X 2042-0003')).rejects.toMatchObject({
      code: 'DUPLICATE_DIARY_NUMBER',
    });

    await fileIn('kajaani', 2043, 'X-2043-0001');
    expect((await fileIn('kajaani', 2043)).diaryNumber).toBe(
      formatDiaryNumber(TEMPLATES.kajaani, 2043, 2, 'X'),
    );
  });

  it('gives no running number twice when numbers typed in by hand are filed among 20 drawn at once', async () => {
    const year = 2044;
    const typed = ['X 2044-5', 'x 2044-00012'];
    const filings = [...typed, ...Array.from({ length: 20 }, () => null)].map((diaryNumber) =>
      fileIn('helsinki', year, diaryNumber).then(
        (record) => ({ diaryNumber: record.diaryNumber, typed: diaryNumber !== null }),
        (error: unknown) => {
          // A number typed in by hand may lose the race to a drawn one: the clerk is told it is in use.
          expect(diaryNumber).not.toBeNull();
          expect(error).toMatchObject({ code: 'DUPLICATE_DIARY_NUMBER' });
          return null;
        },
      ),
    );
    const filed = (await Promise.all(filings)).filter((filing) => filing !== null);
    // Helsinki's numbers end in the running number: `X 2044-000005`.
    const runningNumber = (diaryNumber: string) => Number(diaryNumber.split('-').at(-1));
    const numbers = filed.map((filing) => runningNumber(filing.diaryNumber)).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: filed.length }, (_, index) => index + 1));
    for (const { diaryNumber } of filed.filter((filing) => !filing.typed)) {
      expect(diaryNumber).toBe(formatDiaryNumber(TEMPLATES.helsinki, year, runningNumber(diaryNumber), 'X'));
    }
  });

  it('leaves no gap after a filing that failed, and none or a repeat when 40 are filed at once', async () => {
    const year = 2041;
    await expect(fileIn('kajaani', year, null, '00000000-0000-4000-8000-000000000000')).rejects.toThrow(
      'violates foreign key constraint "initiative_filed_body_fk"',
    );
    const filed = await Promise.all(Array.from({ length: 40 }, () => fileIn('kajaani', year)));
    expect(filed.map((record) => record.diaryNumber).sort()).toEqual(
      Array.from({ length: 40 }, (_, index) =>
        formatDiaryNumber(TEMPLATES.kajaani, year, index + 1, 'X'),
      ).sort(),
    );
    const [audited] = (await database.dataSource.query(
      `SELECT count(*)::int AS n FROM initiative_event e JOIN initiative i ON i.id = e.initiative_id
       WHERE e.type = 'FILE' AND e.payload->>'diaryNumber' = i.diary_number AND i.submitted_on = $1`,
      [`${year}-03-02`],
    )) as { n: number }[];
    expect(audited?.n).toBe(40);
  });
});
