/**
 * Memory of a running server under parallel oversized uploads (SECURITY.md, body limit):
 * `count` chunked bodies of `megabytes` MB each, sent at once to an unauthenticated form action.
 * Prints the resident memory before, its peak during and the answers; asserts nothing.
 *
 *   node --import tsx tests/bench/uploads.ts --url http://127.0.0.1:3000 --pid <server pid> [--count 10] [--megabytes 20]
 */
import http from "node:http";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { peakResidentMemory, resetPeak } from "./processes";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    pid: { type: "string" },
    count: { type: "string", default: "10" },
    megabytes: { type: "string", default: "20" },
    path: { type: "string", default: "/signin" },
  },
});
if (!args.url || !args.pid) throw new Error("--url and --pid are required");
const origin = args.url;
const pid = Number(args.pid);
const size = Number(args.megabytes) * 1024 * 1024;

async function residentMemory(): Promise<number> {
  const kb = /VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) * 1024;
}

/** One chunked upload; the answer's status, or the socket error if the server cut it first. */
function upload(): Promise<string> {
  return new Promise((resolve) => {
    let written = 0;
    const request = http.request(new URL(args.path!, origin), {
      method: "POST",
      headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
    });
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(`${response.statusCode} after ${(written / 1024 / 1024).toFixed(1)} MB sent`));
    });
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve(`${error.code ?? error.message} after ${(written / 1024 / 1024).toFixed(1)} MB sent`),
    );
    const piece = Buffer.from(`email=${"a".repeat(64 * 1024 - 6)}`);
    const writeMore = () => {
      while (written < size && !request.destroyed) {
        written += piece.length;
        if (!request.write(piece)) return void request.once("drain", writeMore);
      }
      if (!request.destroyed) request.end();
    };
    writeMore();
  });
}

const mb = (bytes: number | null) => (bytes === null ? "?" : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const before = await residentMemory();
await resetPeak(pid);
let sampledPeak = before;
const sampler = setInterval(() => {
  void residentMemory().then((rss) => (sampledPeak = Math.max(sampledPeak, rss)));
}, 20);
const started = performance.now();
const outcomes = await Promise.all(Array.from({ length: Number(args.count) }, upload));
clearInterval(sampler);
const peak = Math.max(sampledPeak, (await peakResidentMemory(pid)) ?? 0);
console.log(
  `${args.count} parallel chunked uploads of ${args.megabytes} MB to ${args.path} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `resident memory: ${mb(before)} before, peak ${mb(peak)} (+${mb(peak - before)}), ${mb(await residentMemory())} after`,
);
const counts = new Map<string, number>();
for (const outcome of outcomes)
  counts.set(outcome.replace(/ after .*/, ""), (counts.get(outcome.replace(/ after .*/, "")) ?? 0) + 1);
console.log(`answers: ${[...counts].map(([o, n]) => `${n}× ${o}`).join(", ")}; e.g. ${outcomes[0]}`);
