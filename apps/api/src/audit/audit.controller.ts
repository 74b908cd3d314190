import { once } from 'node:events';
import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { EventStore } from '@memberflow/event-store';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { WHOLE_DEPLOYMENT, EVENT_STORE, verifyStore, ndjsonLine } from '@memberflow/application';
import { ProblemException } from '../http/problem';
import { ApiAnswer, ApiKind } from '../http/operation-docs';
import { VERIFICATION_LINE } from './dto/history.schema';

@ApiTags('history')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  private readonly logger = new Logger('audit');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('verify')
  @AllowRoles('auditor', 'admin')
  @ApiOperation({
    summary:
      'Hash-chain check of every stream, streamed as NDJSON lines: start, progress, broken (the first bad event of each broken stream), done',
    description:
      'Needs a whole-deployment token. The status is 200 once the check starts; the last line (`type: "done"`) says whether every stream verified (`ok`) and, if so, the root hash over all stream heads.',
  })
  @ApiProduces('application/x-ndjson')
  @ApiKind('whole-deployment')
  @ApiAnswer(200, 'NDJSON: one VerificationLine per line, the last of type done', VERIFICATION_LINE)
  async verify(@Req() request: AuthenticatedRequest, @Res() response: Response): Promise<void> {
    if (request.principal.orgScope !== WHOLE_DEPLOYMENT) {
      throw new ProblemException(403, 'out_of_scope', {
        vi: 'Kiểm tra toàn bộ kho sự kiện cần mã truy cập phạm vi toàn hệ thống (*)',
        en: 'Verifying the whole store needs a whole-deployment token (scope *)',
      });
    }
    const aborted = new AbortController();
    response.on('close', () => aborted.abort());
    response.status(200);
    response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    const startedAt = new Date().toISOString();
    try {
      for await (const update of verifyStore(this.store, { signal: aborted.signal })) {
        if (!response.write(ndjsonLine(update, startedAt))) {
          await once(response, 'drain', { signal: aborted.signal });
        }
      }
    } catch (error) {
      if (aborted.signal.aborted) return; // the client went away
      this.logger.error(error instanceof Error ? error.stack : String(error));
      response.write(
        `${JSON.stringify({
          type: 'error',
          message: {
            vi: 'Kiểm tra bị gián đoạn do lỗi hệ thống; hãy chạy lại',
            en: 'The check stopped on an internal error; run it again',
          },
        })}\n`,
      );
    }
    response.end();
  }
}
