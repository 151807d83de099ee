/**
 * Operations that answer with a file (a PDF, a spreadsheet, a CSV export) answer this shape; the
 * HTTP adapter sends the body with its media type and a download name, the CLI writes it out.
 */
import { z } from 'zod';

export const fileOutputSchema = z.object({
  file: z.object({
    contentType: z.string(),
    filename: z.string(),
    body: z.union([z.string(), z.instanceof(Uint8Array)]),
  }),
});

export type FileOutput = z.output<typeof fileOutputSchema>;
