/**
 * `kasip serve` as a real process, for the tests that need one (start-up, a second process on the
 * same data directory, kill -9, the newcomer's flow): resolves with the address it listens on.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from './paths.js';

export type ServerProcess = { child: ChildProcess; ready: Promise<string>; output: () => string };

export function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 90_000, args: string[] = []): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...args], { cwd: ROOT, env });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "listening" line in ${timeoutMs / 1000} s (is LOG_LEVEL info?):\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  // A server killed on purpose after it was ready must not leave an unhandled rejection.
  ready.catch(() => {});
  return { child, ready, output: () => output };
}
