import { resolve } from 'node:path';
import { defaultCacheDir } from '../load/cache.js';
import type { ValidateOptions } from './index.js';

/**
 * How to read the registry, from a command's flags and the environment, for every command alike:
 * `--cache` or ROPA_CACHE=1 turns the content-hash cache on; `--cache-location` or
 * ROPA_CACHE_LOCATION says where it lives (default $XDG_CACHE_HOME/ropa or ~/.cache/ropa);
 * ROPA_JOBS sets the threads that parse (1: none besides the main one; by default one per idle core less one, see `defaultJobs`).
 */
export function registryOptions(cwd: string, env: NodeJS.ProcessEnv, flags: { cache?: boolean; cacheLocation?: string } = {}): ValidateOptions {
  const on = flags.cache === true || (env.ROPA_CACHE !== undefined && !['', '0', 'false'].includes(env.ROPA_CACHE));
  const location = flags.cacheLocation ?? (env.ROPA_CACHE_LOCATION || undefined);
  const jobs = env.ROPA_JOBS && /^[1-9][0-9]*$/.test(env.ROPA_JOBS) ? Number(env.ROPA_JOBS) : undefined;
  return {
    ...(on ? { cache: location === undefined ? defaultCacheDir(env) : resolve(cwd, location) } : {}),
    ...(jobs !== undefined ? { jobs } : {}),
  };
}
