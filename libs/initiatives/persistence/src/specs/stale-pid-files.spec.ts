import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimDataFolder, dataFolderOwner } from '../lib/embedded-folder';
import { commandLine, runningPostmaster } from '../lib/embedded-postgres';
import { openTestDatabase, type TestDatabase } from '../testing';

/**
 * After a reboot or a container's restart a pid file may name any process: such a process must never be taken for
 * the folder's PostgreSQL (and be sent SIGINT) or for a running Aloite (and refuse the start).
 */
describe('pid files left behind', () => {
  let folder: string;
  let someone: ChildProcess;
  let database: TestDatabase;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'aloite-pids-'));
    someone = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 60_000)'], { stdio: 'ignore' });
    database = await openTestDatabase();
  });
  afterAll(async () => {
    someone.kill('SIGKILL');
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const postmasterFile = (pid: number) =>
    writeFileSync(join(folder, 'postmaster.pid'), `${pid}\n${folder}\n0\n5432\n`);

  it.each([
    ['this process', () => process.pid],
    ['the process that started this one', () => process.ppid],
    ['a live process that is not PostgreSQL', () => someone.pid as number],
  ])('names %s: no postmaster is running on the folder', (_, pid) => {
    postmasterFile(pid());
    expect(runningPostmaster(folder)).toBeNull();
  });

  it('names the real postmaster of the folder: it is found, with its port', async () => {
    const [{ data_directory: dataDir }] =
      await database.dataSource.query<{ data_directory: string }[]>('SHOW data_directory');
    expect(runningPostmaster(dataDir)).toEqual({ pid: expect.any(Number), port: expect.any(Number) });
    // The same postmaster, recorded for another folder, is not that folder's.
    postmasterFile(runningPostmaster(dataDir)?.pid as number);
    expect(runningPostmaster(folder)).toBeNull();
  });

  it('names a live node process that is not the Aloite that claimed the folder: the folder is free', () => {
    claimDataFolder(folder);
    // The record of a process ran as this one, now taken by another (a pid reused after a reboot).
    writeFileSync(
      join(folder, 'aloite.pid'),
      `${someone.pid}\n${(commandLine(process.pid) ?? []).join('\n')}\n`,
    );
    expect(dataFolderOwner(folder)).toBeNull();
    // The parent of this process is never the folder's owner either, whatever the record says.
    writeFileSync(
      join(folder, 'aloite.pid'),
      `${process.ppid}\n${(commandLine(process.ppid) ?? []).join('\n')}\n`,
    );
    expect(dataFolderOwner(folder)).toBeNull();
  });

  it('names the live process that claimed the folder: it is the owner', () => {
    writeFileSync(
      join(folder, 'aloite.pid'),
      `${someone.pid}\n${(commandLine(someone.pid as number) ?? []).join('\n')}\n`,
    );
    expect(dataFolderOwner(folder)).toBe(someone.pid);
  });
});
