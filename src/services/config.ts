// Server configuration from the environment and flags, checked once at start so
// a typo fails loudly instead of running on a surprise default.
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeIssues } from '../contract/issues.js';

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  /** Set cookies Secure (behind https). */
  secureCookies: boolean;
  /**
   * Whose X-Forwarded-For to believe, as Fastify's trustProxy takes it: false,
   * a number of proxy hops, or a list of proxy addresses. Behind a load
   * balancer the per-address sign-in limit needs the lifter's address.
   */
  trustProxy: boolean | number | string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(65535, 'must be at most 65535').default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  BLADEWORK_DATA: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL (leave it unset for the embedded SQLite database)')
    .optional(),
  BLADEWORK_SECURE_COOKIES: z.enum(['0', '1', 'true', 'false'], { error: 'must be 1 or 0' }).optional(),
  BLADEWORK_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be true, false, a number of proxy hops or a comma-separated list of proxy addresses')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Flags win over the environment; empty variables count as unset. */
export function loadConfig(env: Record<string, string | undefined>, flags: Partial<Record<'port' | 'host' | 'data', string>> = {}): ServerConfig {
  const merged: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') merged[k] = v;
  if (flags.port !== undefined) merged.PORT = flags.port;
  if (flags.host !== undefined) merged.HOST = flags.host;
  if (flags.data !== undefined) merged.BLADEWORK_DATA = flags.data;
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) throw new ConfigError(`configuration: ${describeIssues(parsed.error).join('; ')}`);
  const e = parsed.data;
  const dataDir = resolve(e.BLADEWORK_DATA);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'sqlite', file: resolve(dataDir, 'bladework.sqlite') },
    secureCookies: e.BLADEWORK_SECURE_COOKIES === '1' || e.BLADEWORK_SECURE_COOKIES === 'true',
    logLevel: e.LOG_LEVEL,
    trustProxy: trustProxy(e.BLADEWORK_TRUST_PROXY),
  };
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value.replace(/\s+/g, '');
}
