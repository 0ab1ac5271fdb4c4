import type { z } from 'zod';
import { exportOptionsSchema } from '../../shared/api/export-request';

/** The export's schemas are the contract's (electron/shared/api/export-request.ts): one set of rules for every caller. */
export { exportOptionsSchema, exportSelectionSchema, PAPER_SIZES, type ExportSelection, type PaperSize } from '../../shared/api/export-request';
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;
export type ExportOptions = z.output<typeof exportOptionsSchema>;

/** The largest selection one export takes: beyond it a print run takes minutes and the PDF is unwieldy. */
export const MAX_EXPORT_STORIES = 2000;
