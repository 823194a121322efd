import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./source-files";

const run = promisify(execFile);

/** Runs `tsx lib/cli/<script>` as a user would: its exit code and what it printed, whatever the code. */
export async function runCli(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), `lib/cli/${script}`, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}
