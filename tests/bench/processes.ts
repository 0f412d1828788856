import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    await (await fetch(url)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/** The Node flags `npm start` runs the server with, so that the bench measures the server as it runs. */
export async function startFlags(): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(`${ROOT}/package.json`, "utf8")) as { scripts: { start: string } };
  const flags = /\bnode((?: --[\w-]+=\S+)*) --import tsx server\.ts$/.exec(scripts.start);
  if (!flags)
    throw new Error(`the start script is not "node [--flag=value …] --import tsx server.ts": ${scripts.start}`);
  return flags[1]!.split(" ").filter(Boolean);
}

/**
 * Starts a node process (never through npm or npx, whose wrapper would outlive a kill) and
 * waits until it answers HTTP. Its output is kept and shown if it dies early.
 */
export async function startNode(options: {
  script: string;
  port: number;
  args?: string[];
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<Server> {
  const url = `http://127.0.0.1:${options.port}`;
  if (await answers(url)) throw new Error(`port ${options.port} is in use: choose another with --port`);
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", options.script, ...(options.args ?? [])],
    {
      cwd: ROOT,
      env: { ...process.env, ...options.env, PORT: String(options.port), HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${options.script} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/**
 * Peak resident memory of a process so far, in bytes, from Linux's /proc (VmHWM); null
 * elsewhere. `resetPeak` starts a new peak (writing 5 to clear_refs), so a step can be measured alone.
 */
export async function peakResidentMemory(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

export async function resetPeak(pid: number): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, "5").catch(() => undefined);
}

/**
 * CPU time a process has used so far, in milliseconds, from Linux's /proc (user and system
 * ticks); null elsewhere. Per request it holds steady when other processes share the cores,
 * where requests per second do not.
 */
export async function cpuMilliseconds(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;
