import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireHubLock, DataDirectoryInUse, lockFileOf, startTicksOf } from '../../src/cli/hub-lock';

/** The data directory's lock, with real processes as owners (alive, gone, or a pid reused by another program). */
describe('hub.lock', () => {
  let dataDir: string;
  let other: ChildProcess;

  beforeAll(() => {
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  });
  afterAll(() => {
    other.kill('SIGKILL');
  });
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediation-hub-lock-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const writeOwner = (owner: Record<string, unknown>) =>
    fs.writeFileSync(
      lockFileOf(dataDir),
      JSON.stringify({
        host: os.hostname(),
        startedAt: '2026-11-28T06:00:00.000Z',
        command: 'main.js start',
        ...owner,
      }),
    );

  it('is taken on an empty data directory, names this process, and is removed on release', () => {
    const lock = acquireHubLock(dataDir, 'main.js start');
    const owner = JSON.parse(fs.readFileSync(lock.file, 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: os.hostname(), command: 'main.js start' });
    expect(owner.startTicks).toBe(startTicksOf(process.pid));
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });

  it('is refused while its owner runs, naming the owner', () => {
    writeOwner({ pid: other.pid, startTicks: startTicksOf(other.pid!) });
    let refusal: unknown;
    try {
      acquireHubLock(dataDir, 'main.js start');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirectoryInUse);
    expect((refusal as Error).message).toContain(`Another mediation-hub (PID ${other.pid}`);
    expect((refusal as Error).message).toContain(`kill -TERM ${other.pid}`);
    expect(JSON.parse(fs.readFileSync(lockFileOf(dataDir), 'utf8')).pid).toBe(other.pid); // untouched
  });

  it('is refused when its owner is on another host (it cannot be checked from here)', () => {
    writeOwner({ pid: 1, startTicks: 1, host: 'another-host.invalid' });
    expect(() => acquireHubLock(dataDir, 'main.js start')).toThrow(/PID 1 on another-host\.invalid/);
  });

  it('is taken over when its owner is gone', async () => {
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    writeOwner({ pid: gone.pid, startTicks: 1 });
    const lock = acquireHubLock(dataDir, 'main.js start');
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
  });

  it('is taken over when its pid now belongs to another program (a different start time)', () => {
    writeOwner({ pid: other.pid, startTicks: startTicksOf(other.pid!)! - 1 });
    const lock = acquireHubLock(dataDir, 'main.js start');
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
  });

  it('is taken over when unreadable; release leaves alone a lock another process holds now', () => {
    fs.writeFileSync(lockFileOf(dataDir), '{ half-writ');
    const lock = acquireHubLock(dataDir, 'main.js start');
    writeOwner({ pid: other.pid, startTicks: startTicksOf(other.pid!) });
    lock.release();
    expect(JSON.parse(fs.readFileSync(lockFileOf(dataDir), 'utf8')).pid).toBe(other.pid);
  });
});
