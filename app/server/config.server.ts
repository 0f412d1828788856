import { z } from "zod";
import { MIN_GROUP_SIZE } from "../domain/benchmark";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATA_DIR: z.string().default("data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(8 * 60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(24),
  COOKIE_SECURE: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default("false"),
  DEMO_DATA: booleanFlag.default("true"),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  AUDIT_IP_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  BENCHMARK_K: z.coerce
    .number()
    .int()
    .min(MIN_GROUP_SIZE, `must be at least ${MIN_GROUP_SIZE}: smaller groups could identify an organisation`)
    .default(MIN_GROUP_SIZE),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).max(320).default("Weerbaar <no-reply@weerbaar.example>"),
  MAIL_FIRST_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  PUBLIC_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, "must be an http:// or https:// URL")
    .optional(),
});

export type Config = ReturnType<typeof readConfig>;

export function readConfig(env: Record<string, string | undefined> = process.env) {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ");
    throw new Error(`Invalid configuration:\n  ${problems}`);
  }
  const e = parsed.data;
  // Links in a mail must reach the site from the recipient's mailbox, not from this machine.
  if (e.SMTP_URL && !e.PUBLIC_URL) {
    throw new Error("Invalid configuration:\n  PUBLIC_URL: must be set when SMTP_URL is, for the links in mails");
  }
  return {
    production: e.NODE_ENV === "production",
    databaseUrl: e.DATABASE_URL,
    // When set, migrations run as this owner role and DATABASE_URL's role gets only what the app needs.
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    dataDir: e.DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === "production",
    // Trust the one proxy in front, not the whole X-Forwarded-For chain: its first entries are
    // whatever the client sent, and a made-up address would get fresh rate-limit counters.
    trustProxy: e.TRUST_PROXY ? 1 : false,
    // Demo accounts have a published password: an embedded database for real use starts empty.
    demoData: e.DEMO_DATA,
    benchmarkK: e.BENCHMARK_K,
    // After this, addresses in the audit trail are replaced by their pseudonym (npm run purge).
    auditIpRetentionDays: e.AUDIT_IP_RETENTION_DAYS,
    apiRateLimit: { limit: e.API_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 },
    apiAddressRateLimit: { limit: e.API_RATE_LIMIT_PER_MINUTE * 5, windowSeconds: 60 },
    // Without SMTP_URL mails stay in the outbox, shown on /admin/mail and in the console.
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    // After a failed attempt the next waits this long, and twice as long after each further one.
    mailFirstRetryMs: e.MAIL_FIRST_RETRY_SECONDS * 1000,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
  };
}

let current: Config | undefined;

export function config(): Config {
  current ??= readConfig();
  return current;
}
