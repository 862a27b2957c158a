// Its setup fails: Jest fails each of its tests without running it.
beforeAll(() => {
  throw new Error('setup failed');
});
it('never runs', () => expect(true).toBe(true));
