import { ok } from '../testing/committee-meetings';
import {
  fileInitiative,
  municipalityFromTemplate,
  type NewMunicipality,
} from '../testing/municipality-from-template';
import { startTestApp, type TestApp } from '../testing/test-app';

// Domain §§ 3, 9: in Espoo, 1–13 signers get a written answer within six months (an answer deadline, not a council
// one); 14 or more without a financial effect are on the council's agenda within six months.

describe('Espoo’s deadlines by signers and financial effect', () => {
  let api: TestApp;
  let espoo: NewMunicipality;
  beforeAll(async () => {
    api = await startTestApp();
    espoo = await municipalityFromTemplate(api, 'espoo', ['--municipality', 'Espoo', '--template', 'espoo']);
  });
  afterAll(() => api.close());

  const deadlinesOf = async (signatoryCount: number, hasFinancialEffect: boolean) => {
    const filing = { title: `${signatoryCount} allekirjoittajaa`, submittedOn: '2026-01-15' };
    const filed = await ok(
      fileInitiative(espoo.registrar, espoo.council, { ...filing, signatoryCount, hasFinancialEffect }),
      201,
    );
    const read = await ok(espoo.registrar('GET', `/api/initiatives/${filed.id}`));
    return (read.deadlines as { kind: string; dueDate: string }[]).map(({ kind, dueDate }) => [
      kind,
      dueDate,
    ]);
  };

  it('gives 5 signers an answer deadline and 20 without financial effect a council deadline, six months on', async () => {
    expect(await deadlinesOf(5, false)).toEqual([['answer', '2026-07-15']]);
    expect(await deadlinesOf(13, true)).toEqual([['answer', '2026-07-15']]);
    expect(await deadlinesOf(20, false)).toEqual([['council', '2026-07-15']]);
    expect(await deadlinesOf(20, true)).toEqual([]);
  });

  it('documents the answer kind in the API contract, where the web app learns the kinds it labels', async () => {
    const contract = await ok(api.anonymous('GET', '/api/openapi.json'));
    expect(contract.components.schemas.DeadlineKind.enum).toEqual(
      expect.arrayContaining(['answer', 'council']),
    );
  });
});
