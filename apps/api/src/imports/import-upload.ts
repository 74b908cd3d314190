import {
  HttpException,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { MAX_UPLOAD_BYTES, uploadInvalid, uploadTooLarge } from './import-problems';

/** The file of a multipart upload, as multer keeps it in memory. */
export interface UploadedRoster {
  readonly originalname: string;
  readonly size: number;
  readonly buffer: Buffer;
}

const MulterUpload = FileInterceptor('file', {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
  // File names are UTF-8 (Vietnamese names); busboy's default reads them as Latin-1.
  defParamCharset: 'utf8',
});

/**
 * Reads a multipart upload (multer, in memory, one file of at most {@link MAX_UPLOAD_BYTES}) with its
 * failures as problems: an oversized file is a 413 `body_too_large`, a malformed body a 400
 * `invalid_body` naming `file`, never a 500. A request that is not multipart passes through without a
 * file (the route answers that it needs one).
 */
@Injectable()
export class ImportUpload extends MulterUpload {
  override async intercept(
    context: ExecutionContext,
    next: CallHandler,
  ): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException) throw uploadTooLarge();
      const message =
        error instanceof HttpException || error instanceof Error
          ? error.message
          : 'malformed multipart body';
      throw uploadInvalid(message);
    }
  }
}
