import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

/** A command's flags read by node's parseArgs; a flag it does not know becomes a usage sentence, not a stack trace. */
export function readArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  }
}
