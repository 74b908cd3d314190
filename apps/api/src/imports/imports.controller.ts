import { Controller, Get, HttpCode, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  fileFromBuffer,
  MEDIA_TYPE_XLSX,
  RosterImportService,
  writeReportWorkbook,
  writeTemplateWorkbook,
} from '@memberflow/application';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { xlsxAnswer, XLSX_BODY } from '../http/xlsx-answer';
import { ApiAnswer, ApiKind, ApiProblems } from '../http/operation-docs';
import type { QueryValue } from '../queries/query-params';
import { importProblem, invalidCommitHash, uploadInvalid } from './import-problems';
import { IMPORT_REPORT } from './import-report.schema';
import { ImportUpload, type UploadedRoster } from './import-upload';
import { RequestTimeout } from '../security/request-policy.interceptor';

const SHA256 = /^[0-9a-fA-F]{64}$/;

/** How long an import may run (a commit of 100,000 rows); a commit cut off goes on and a re-run confirms it. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

/**
 * Rosters of existing members in, from spreadsheets (issue 20): `POST /api/imports` checks a file row
 * by row and answers what a commit would do (a dry run: nothing is written); the same request with
 * `?commit=<the file's SHA-256>` writes it, each row through `register-existing`, and answers what it
 * wrote. The hash in `commit` is the file the caller checked: another file is refused (409). Running
 * the same file again changes nothing. `Accept: application/vnd.openxmlformats-officedocument
 * .spreadsheetml.sheet` answers the same report as a workbook, the reason beside each row.
 */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly imports: RosterImportService) {}

  @Post()
  @HttpCode(200)
  @AllowRoles('officer', 'admin')
  @UseInterceptors(ImportUpload)
  // A province's commit takes tens of seconds: longer than other requests may run.
  @RequestTimeout(IMPORT_TIMEOUT_MS)
  @ApiOperation({
    summary:
      'Import a roster (XLSX or CSV, Vietnamese headings): a dry run by default, `?commit=<sha256>` writes it; a report per row',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          ...XLSX_BODY,
          description:
            'The roster: .xlsx (the sheet "Danh sách", or the first) or .csv (UTF-8, comma or semicolon), headings as in GET /api/imports/template; at most 32 MiB, 100,000 rows',
        },
      },
    },
  })
  @ApiQuery({
    name: 'commit',
    required: false,
    description:
      "The file's SHA-256 as the dry run reported it (`file.sha256`): write the rows the dry run found writable. Absent: a dry run",
  })
  @ApiProduces('application/json', MEDIA_TYPE_XLSX)
  @ApiKind('batch-command')
  @ApiProblems('import_file_unreadable', 'import_file_changed')
  @ApiAnswer(
    200,
    'The report: a result per row, created / unchanged / refused with the reasons in Vietnamese and English (as a workbook with Accept: XLSX)',
    IMPORT_REPORT,
  )
  async upload(
    @Req() request: AuthenticatedRequest & { file?: UploadedRoster },
    @Query() query: Readonly<Record<string, QueryValue>>,
  ) {
    const commit = query.commit;
    if (commit !== undefined && (typeof commit !== 'string' || !SHA256.test(commit)))
      throw invalidCommitHash();
    const upload = request.file;
    if (!upload) throw uploadInvalid('required: the roster file, as a part named "file"');
    const file = fileFromBuffer(upload.originalname, upload.buffer);
    const report = await this.imports
      .run(file, {
        mode: commit === undefined ? 'dry-run' : 'commit',
        principal: request.principal,
        ...(commit === undefined ? {} : { expectedSha256: commit.toLowerCase() }),
      })
      .catch((error: unknown) => {
        throw importProblem(error);
      });
    if (request.accepts(['application/json', MEDIA_TYPE_XLSX]) === MEDIA_TYPE_XLSX)
      return xlsxAnswer(`import-${report.file.sha256.slice(0, 12)}.xlsx`, (output) =>
        writeReportWorkbook(output, file, report),
      );
    return report;
  }

  @Get('template')
  @AllowRoles('officer', 'admin')
  @ApiOperation({
    summary:
      'The roster template: the Vietnamese headings, one example row, how to fill each column',
  })
  @ApiProduces(MEDIA_TYPE_XLSX)
  @ApiKind('unscoped-read')
  @ApiAnswer(200, 'The template workbook', XLSX_BODY)
  template() {
    return xlsxAnswer('mau-danh-sach-dang-vien.xlsx', writeTemplateWorkbook);
  }
}
