/**
 * The ceiling for page throughput on this machine: a bare node:http server answering each
 * path with the bytes and headers the app sent for it once, doing no other work.
 *
 *   node --import tsx tests/bench/bare-server.ts <recorded.json>   (PORT sets the port)
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";

export interface RecordedResponse {
  path: string;
  status: number;
  headers: [string, string][];
  body: string;
}

const file = process.argv[2];
if (!file) throw new Error("usage: bare-server.ts <recorded.json>");
const recorded = JSON.parse(await readFile(file, "utf8")) as RecordedResponse[];
const responses = new Map(recorded.map((r) => [r.path, { ...r, body: Buffer.from(r.body, "base64") }]));

const server = createServer((req, res) => {
  const response = responses.get(req.url ?? "");
  if (!response) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(response.status, response.headers.flat());
  res.end(response.body);
});
server.listen(Number(process.env.PORT ?? 3301), "127.0.0.1");
process.once("SIGTERM", () => server.close(() => process.exit(0)));
