/**
 * The benchmark's child processes (our server, the floor, the peer): started with the bench
 * Neo4j's address, waited for until their HTTP port answers, sampled for RSS, and stopped by
 * pid, on success and on failure alike (stopAll runs from the CLI's finally and signal handlers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Target {
  name: string;
  url: string;
  pid: number;
  child: ChildProcess;
}

const running = new Set<Target>();

export async function startTarget(options: {
  name: string;
  script: string;
  port: number;
  path: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}): Promise<Target> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'w');
  // node --import tsx runs the TypeScript in this very process, so its pid is the server's;
  // compiled JavaScript runs without it.
  const loader = options.script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...loader, options.script], {
    env: { ...process.env, ...options.env, PORT: String(options.port) },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${options.name}`);
  const target: Target = { name: options.name, url: `http://127.0.0.1:${options.port}${options.path}`, pid: child.pid, child };
  running.add(target);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited (code ${child.exitCode}); see ${options.logFile}`);
    if (await answers(target.url)) return target;
    if (Date.now() > deadline) throw new Error(`${options.name} did not answer at ${target.url} within 120 s; see ${options.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** Resident set size in MB, from /proc (Linux); undefined once the process is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system) the process has used so far, in ms, from /proc (Linux; clock ticks
 * of 10 ms); undefined once it is gone. Per request, it measures a server's own work, which on a
 * shared machine moves far less than its latency does.
 */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") ": utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export async function stopTarget(target: Target): Promise<void> {
  running.delete(target);
  if (target.child.exitCode !== null || target.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => target.child.once('exit', () => resolve()));
  target.child.kill('SIGTERM');
  const timer = setTimeout(() => target.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopTarget));
}
