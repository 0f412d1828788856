import { Agent, get, request } from "node:http";
import autocannon from "autocannon";
import type { RecordedResponse } from "./bare-server";
import type { Saver } from "./setup";

export interface LoadFigures {
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

/** What one stretch of load produced: every response time, and how long it ran. */
export interface LoadSample {
  milliseconds: number[];
  seconds: number;
  failed: number;
}

/** Throughput and latency percentiles over one or more stretches of load. */
export function summarise(samples: LoadSample[]): LoadFigures {
  const all = samples.flatMap((s) => s.milliseconds).sort((a, b) => a - b);
  const at = (p: number) => (all.length === 0 ? 0 : all[Math.min(all.length - 1, Math.floor((all.length * p) / 100))]!);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    perSecond: all.length / seconds,
    p50: at(50),
    p99: at(99),
    failed: samples.reduce((sum, s) => sum + s.failed, 0),
  };
}

// Hop-by-hop and per-response headers: the bare server's own node:http writes them.
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

/**
 * Fetches a page once as its user, for the bare server to answer with the same bytes. With
 * node:http, as autocannon asks: no Accept-Encoding, so the page comes uncompressed.
 */
export function recordPage(base: string, path: string, cookie: string | null): Promise<RecordedResponse> {
  return new Promise((resolve, reject) => {
    get(new URL(path, base), { headers: cookie ? { Cookie: cookie } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        if (res.statusCode !== 200)
          return reject(new Error(`${path} answered ${res.statusCode}: ${body.toString().slice(0, 300)}`));
        const headers = Object.entries(res.headers)
          .filter(([name]) => !NOT_REPLAYED.has(name))
          .flatMap(([name, value]) =>
            (Array.isArray(value) ? value : [value ?? ""]).map((v): [string, string] => [name, v]),
          );
        resolve({ path, status: 200, headers, body: body.toString("base64") });
      });
    }).on("error", reject);
  });
}

/** Page load with autocannon; any answer but a 200 counts as failed. */
export function loadPage(options: {
  url: string;
  cookie: string | null;
  connections: number;
  seconds: number;
}): Promise<LoadSample> {
  const { url, cookie, connections, seconds } = options;
  return new Promise((resolve, reject) => {
    const milliseconds: number[] = [];
    autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, result) => {
      if (error) return reject(error);
      resolve({ milliseconds, seconds: result.duration, failed: result.errors + result.timeouts + result.non2xx });
    }).on("response", (_client, _status, _bytes, ms) => milliseconds.push(ms));
  });
}

function post(
  agent: Agent,
  url: URL,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", agent, headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Savers autosaving as the page does, each on one connection, one save after the other:
 * the answer alternates between two options and names the revision the last save returned
 * (a stale revision would be refused). Any answer but a 200 counts as a failed save.
 * autocannon cannot carry a revision from one response to the next request per
 * connection, hence this small loop.
 */
export async function loadAutosave(options: { base: string; savers: Saver[]; seconds: number }): Promise<LoadSample> {
  const latencies: number[] = [];
  let failed = 0;
  const began = performance.now();
  const until = began + options.seconds * 1000;
  const origin = new URL(options.base).origin;
  await Promise.all(
    options.savers.map(async (saver) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const url = new URL(`/assessments/${saver.assessmentId}/answers`, options.base);
      const headers = { Cookie: saver.cookie, Origin: origin, "Content-Type": "application/x-www-form-urlencoded" };
      let revision = saver.revision;
      for (let n = 0; performance.now() < until; n++) {
        const body = new URLSearchParams({
          questionId: saver.questionId,
          [`q.${saver.questionId}`]: saver.options[n % 2]!,
          [`rev.${saver.questionId}`]: String(revision),
        }).toString();
        const start = performance.now();
        const response = await post(agent, url, body, headers).catch(() => ({ status: 0, body: "" }));
        latencies.push(performance.now() - start);
        const reply =
          response.status === 200 ? (JSON.parse(response.body) as { ok: boolean; revision?: number }) : null;
        if (reply?.ok && reply.revision !== undefined) revision = reply.revision;
        else failed++;
      }
      agent.destroy();
    }),
  );
  return { milliseconds: latencies, seconds: (performance.now() - began) / 1000, failed };
}
