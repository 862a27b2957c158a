import { randomUUID } from 'node:crypto';
import { AccountStore, InitiativeStore } from '@aloite/persistence';
import { TEST_PASSWORD, startTestApp, type TestApp } from '../testing/test-app';

// One store of each kind per process (issue 15): the instance the app's injector holds is the one every endpoint
// uses, so initiatives, the annual list and documents share one store (and one memory of versions), and accounts
// one store for sign-in and their management. Spies watch that instance and let every call through.
describe('one store of each kind in the API process', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  afterEach(() => jest.restoreAllMocks());

  it('serves initiatives, the annual list and documents from the one initiative store', async () => {
    const store = await api.app.resolve(InitiativeStore);
    const find = jest.spyOn(store, 'find');
    const transitionAll = jest.spyOn(store, 'transitionAll');
    const initiative = api.demo.initiativeIds['KAJDno-2026-577'] as string;

    expect((await api.request('GET', `/api/initiatives/${initiative}`)).status).toBe(200);
    expect(find).toHaveBeenCalledTimes(1);

    const form = new FormData();
    form.append('publicity', 'public');
    form.append('file', new Blob(['Liite.\n']), 'liite.txt');
    const token = await api.signIn('tester', TEST_PASSWORD);
    const upload = await fetch(`${api.baseUrl}/api/initiatives/${randomUUID()}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(upload.status).toBe(404);
    expect(find).toHaveBeenCalledTimes(2);

    const decision = await api.request('POST', '/api/annual-lists/2026/decision', {
      meeting: { bodyId: api.demo.bodyIds.council, date: '2026-05-21', section: 40 },
      annualListId: 'KAJDno-2026-900',
      close: [],
      keep: [],
    });
    expect(decision.status).toBe(200);
    expect(transitionAll).toHaveBeenCalledTimes(1);
  });

  it('signs in and manages accounts through the one account store', async () => {
    const store = await api.app.resolve(AccountStore);
    const findCredentials = jest.spyOn(store, 'findCredentials');
    const listUsers = jest.spyOn(store, 'listUsers');

    await api.signIn('tester', TEST_PASSWORD);
    expect(findCredentials).toHaveBeenCalledTimes(1);
    expect((await api.request('GET', '/api/users')).status).toBe(200);
    expect(listUsers).toHaveBeenCalledTimes(1);
  });
});
