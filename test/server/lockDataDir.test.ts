import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockFileName } from '../../src/server/storage/lockDataDir.js';

const dirs: string[] = [];
const children: ChildProcess[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-lock-'));
  dirs.push(dir);
  return dir;
};
const startTicks = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19]);
const writeLock = (dir: string, owner: object) =>
  writeFileSync(
    join(dir, lockFileName),
    JSON.stringify({ host: hostname(), startedAt: 'x', ...owner }),
  );

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('refuses a folder held by another live process and names its pid', () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    children.push(other);
    const pid = other.pid as number;
    writeLock(dir, { pid, startTicks: startTicks(pid) });
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${pid} `));
  });

  it('takes over the lock of a process that is gone (kill -9) and releases its own', () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    const pid = other.pid as number;
    const ticks = startTicks(pid);
    other.kill('SIGKILL');
    return new Promise<void>((done) => {
      other.once('exit', () => {
        writeLock(dir, { pid, startTicks: ticks });
        const release = lockDataDir(dir);
        expect(JSON.parse(readFileSync(join(dir, lockFileName), 'utf8')).pid).toBe(process.pid);
        release();
        expect(existsSync(join(dir, lockFileName))).toBe(false);
        done();
      });
    });
  });

  it('takes over when the pid now belongs to another process (pid reuse) or to this one', () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    children.push(other);
    // Same pid, different start time: the recorded owner is gone, its pid was reused.
    writeLock(dir, { pid: other.pid, startTicks: startTicks(other.pid as number) - 1 });
    lockDataDir(dir)();
    // A container restarted with the same volume: the old lock names this process's own pid.
    writeLock(dir, { pid: process.pid, startTicks: 1 });
    lockDataDir(dir)();
  });

  it('refuses a second lock of the same folder in the same process', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/already open in this process/);
    release();
    lockDataDir(dir)();
  });
});
