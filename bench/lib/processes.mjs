// Child processes for the bench: every server runs in its own process group so the load
// generator never shares an event loop with it, and so stopping it also stops what it spawned
// (npm → sh → node). Only processes started here are ever signalled, by their group id.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** @type {Set<import('node:child_process').ChildProcess>} */
const started = new Set();

/** A TCP port free on 127.0.0.1 right now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts `command args` detached (own process group), output kept for error messages.
 * @returns {import('node:child_process').ChildProcess & { output: () => string }}
 */
export function startProcess(command, args, { env = {}, cwd } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => output;
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

/**
 * Stops one started process group: SIGTERM, then SIGKILL after `graceMs`.
 * @returns true if it exited within the grace period (false: it had to be killed)
 */
export async function stopProcess(child, graceMs = 3_000) {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return true;
  }
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
  return !killed;
}

/** Stops everything this module started (on the way out, also after a failure or timeout). */
export const stopAll = () => Promise.all([...started].map((child) => stopProcess(child, 1_000)));

/** Polls `url` until it answers 2xx; returns ms waited. Fails fast if `child` exits. */
export async function waitForOk(url, child, timeoutMs) {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (child && child.exitCode !== null) {
      throw new Error(
        `process exited (${child.exitCode}) before ${url} answered:\n${child.output()}`,
      );
    }
    try {
      const res = await fetch(url);
      if (res.ok) return performance.now() - t0;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(
    `${url} did not answer within ${timeoutMs} ms${child ? `:\n${child.output()}` : ''}`,
  );
}

/**
 * CPU time (user + system, ms) used so far by every live process of a process group, from
 * /proc (Linux; null elsewhere). Clock ticks are 10 ms, so measure over seconds.
 */
export function groupCpuMs(pgid) {
  let ticks = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      // Fields after the command name (which may contain spaces): state ppid pgrp … utime stime.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return ticks * 10;
}
