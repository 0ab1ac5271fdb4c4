import type { z } from 'zod';
import * as contract from '../../shared/api/export-request';
import type * as engine from '../export/options';

/**
 * The contract restates the export engine's schemas (shared/ cannot import core/); these
 * compile-time checks keep the two identical, on both the accepted input and the parsed output.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(proof: Same<A, B>): Same<A, B> => proof;

export const EXPORT_CONTRACT_MATCHES_ENGINE = [
  same<z.input<typeof contract.exportSelectionSchema>, z.input<typeof engine.exportSelectionSchema>>(true),
  same<z.output<typeof contract.exportSelectionSchema>, z.output<typeof engine.exportSelectionSchema>>(true),
  same<z.input<typeof contract.exportOptionsSchema>, z.input<typeof engine.exportOptionsSchema>>(true),
  same<z.output<typeof contract.exportOptionsSchema>, z.output<typeof engine.exportOptionsSchema>>(true),
] as const;
