import { PassThrough, type Writable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { MEDIA_TYPE_XLSX } from '@memberflow/application';

/** An XLSX answer to stream as the workbook is written (the answer is out before its last row is). */
export function xlsxAnswer(
  fileName: string,
  write: (output: Writable) => Promise<unknown>,
): StreamableFile {
  const output = new PassThrough();
  // The writer ends `output` when it finishes the workbook; a failure half-way cuts the answer off.
  write(output).catch((error: unknown) => output.destroy(error as Error));
  return new StreamableFile(output, {
    type: MEDIA_TYPE_XLSX,
    disposition: `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  });
}

/** The binary body of an XLSX answer in the OpenAPI document. */
export const XLSX_BODY = { type: 'string', format: 'binary' } as const;
