import { Controller, Get, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { addDays, todayInVietnam } from '@memberflow/domain';
import { PRE_ADMISSION_STAGES } from '@memberflow/domain/member';
import type { OrgUnitView, StatisticsQueries, StatisticsReport } from '@memberflow/projections';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import { ProblemException } from '../http/problem';
import { ApiAnswer, ApiKind } from '../http/operation-docs';
import { ADMISSIONS, ORG_TREE, PIPELINE, ROSTER_PAGE, STATISTICS } from './dto/queries.schema';
import { forAnalyst, seesPersonData } from '../security/person-data';
import {
  MEDIA_TYPE_XLSX,
  ProjectionService,
  writeRosterWorkbook,
  writeStatisticsWorkbook,
  type RosterRow,
  notFound,
} from '@memberflow/application';
import { QueryParams, paging, rosterFilter, type QueryValue } from './query-params';
import { ReadModelErrorsInterceptor } from './read-model-errors.interceptor';
import { rosterCsv } from './roster-csv';
import { xlsxAnswer } from '../http/xlsx-answer';
import { UnitScope } from './unit-scope';

type Query = Readonly<Record<string, QueryValue>>;

/** Who reads the analysts' queries: auditors read history only (api.md, architecture.md §8). */
export const QUERY_ROLES = ['analyst', 'officer', 'admin'] as const;

function unitSummary(unit: OrgUnitView | undefined, id: string) {
  return { id, name: unit?.name ?? null, kind: unit?.kind ?? null };
}

/** The analysts' queries about a unit's subtree (api.md, Queries), all read from projections. */
@ApiTags('queries')
@ApiBearerAuth()
@ApiKind('query')
@UseInterceptors(ReadModelErrorsInterceptor)
@Controller('api/orgs')
export class OrgQueriesController {
  constructor(
    private readonly projections: ProjectionService,
    private readonly scope: UnitScope,
  ) {}

  @Get(':id/tree')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({
    summary: 'The subtree, `depth` levels down; as the tree stood on `asOf` if given',
  })
  @ApiQuery({ name: 'depth', required: false, description: '0–10, default 2' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD: the tree of that date' })
  @ApiAnswer(200, 'The subtree', ORG_TREE)
  async tree(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Query() query: Query) {
    const params = new QueryParams(query);
    const depth = params.integer('depth', 2, 0, 10);
    const asOf = params.pastDate('asOf');
    params.done();
    await this.scope.unit(request.principal, id);
    const tree = await this.projections.orgs.subtree(id, depth, asOf);
    if (!tree)
      throw notFound({
        vi: `Đơn vị ${id} chưa tồn tại vào ngày ${asOf}`,
        en: `Unit ${id} did not exist on ${asOf}`,
      });
    return { asOf: asOf ?? todayInVietnam(), depth, tree };
  }

  @Get(':id/roster')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({
    summary:
      'Everyone with a record in the subtree, by name; filters; `Accept: text/csv` exports all pages',
  })
  @ApiQuery({ name: 'stage', required: false, description: 'stages, repeated or comma-separated' })
  @ApiQuery({ name: 'gender', required: false })
  @ApiQuery({
    name: 'ethnicity',
    required: false,
    description: '`kinh`, `minority` or a group code',
  })
  @ApiQuery({
    name: 'q',
    required: false,
    description: 'name (accents optional), citizen ID or card number',
  })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'size', required: false, description: '1–200, default 50' })
  @ApiProduces('application/json', 'text/csv', MEDIA_TYPE_XLSX)
  @ApiAnswer(
    200,
    "A page of the roster (text/csv, XLSX: every page; XLSX with the import's Vietnamese headings, typed cells, the header frozen)",
    ROSTER_PAGE,
  )
  async roster(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Query() query: Query,
    @Res({ passthrough: true }) response: Response,
  ) {
    const params = new QueryParams(query);
    const filter = rosterFilter(params);
    const { page, size } = paging(params);
    params.done();
    const unit = await this.scope.unit(request.principal, id);
    const format = request.accepts(['application/json', 'text/csv', MEDIA_TYPE_XLSX]);
    if (format === MEDIA_TYPE_XLSX) {
      // Analysts get the roster as rosters show it to them (person-data.ts), without the records.
      const full = seesPersonData(request.principal);
      const slices = this.projections.members.export(unit.path, filter, 1_000, full);
      return xlsxAnswer(`roster-${id}.xlsx`, (output) =>
        writeRosterWorkbook(output, full ? slices : forAnalystSlices(slices), {
          full,
          today: todayInVietnam(),
        }),
      );
    }
    if (format === 'text/csv') {
      const full = seesPersonData(request.principal);
      const csv = await rosterCsv(
        this.projections.members.export(unit.path, filter),
        (entry) => (full ? entry : (forAnalyst(entry) as Record<string, unknown>)),
        full,
      );
      response
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="roster-${id}.csv"`);
      return csv;
    }
    return {
      unit: unitSummary(unit, id),
      ...(await this.projections.members.roster(unit.path, filter, page, size)),
    };
  }

  @Get(':id/statistics')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({
    summary:
      'domain.md §4 for the subtree with a row per child unit; today from the rolled-up counters, a past `asOf` with the tree of that date',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD, default today' })
  @ApiQuery({
    name: 'knownAt',
    required: false,
    description:
      'ISO 8601 time (or a date: the end of that day in Vietnam): the figures as the system knew them then, replayed from the events recorded by that time (seconds for a province)',
  })
  @ApiProduces('application/json', MEDIA_TYPE_XLSX)
  @ApiAnswer(
    200,
    'The figures of the subtree and of each child unit (XLSX: a row per unit, a column per figure, Vietnamese headings)',
    STATISTICS,
  )
  async statistics(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Query() query: Query,
  ) {
    const params = new QueryParams(query);
    const asOf = params.pastDate('asOf');
    const knownAt = params.instant('knownAt');
    params.done();
    const unit = await this.scope.unit(request.principal, id);
    const today = todayInVietnam();
    const day = asOf ?? today;
    const read = (statistics: StatisticsQueries) =>
      day === today ? statistics.current(id, today) : statistics.asOf(id, day);
    const report =
      knownAt === undefined
        ? await read(this.projections.statistics)
        : await this.projections.statisticsKnownAt(knownAt, read);
    if (!report)
      throw notFound({
        vi: `Chưa có số liệu của đơn vị ${id}${knownAt ? ` tại thời điểm ${knownAt}` : ''}`,
        en: `No statistics for unit ${id}${knownAt ? ` as known at ${knownAt}` : ''}`,
      });
    const named = await this.withNames(unit, report);
    if (request.accepts(['application/json', MEDIA_TYPE_XLSX]) === MEDIA_TYPE_XLSX) {
      const { unit: whole, asOf: day, period, total, children } = named;
      return xlsxAnswer(`statistics-${id}-${day}.xlsx`, (output) =>
        writeStatisticsWorkbook(output, {
          unit: whole,
          asOf: day,
          period,
          total,
          children: children.map(({ unit: child, ...figures }) => ({ unit: child, figures })),
        }),
      );
    }
    return { ...named, ...(knownAt === undefined ? {} : { knownAt }) };
  }

  @Get(':id/admissions')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({
    summary:
      'Admissions decided in a year per unit, against its plan, with the percentage, broken down by area, gender, ethnicity, religion, age band and Youth Union origin; the units as the tree stood at the end of the period',
  })
  @ApiQuery({
    name: 'year',
    required: false,
    description: 'default: the year of asOf, or this year',
  })
  @ApiQuery({
    name: 'asOf',
    required: false,
    description:
      'YYYY-MM-DD in the year: count from 1 January to this date, with the tree of this date (default: the end of the year, today for this year)',
  })
  @ApiAnswer(200, 'Admissions against the plan, per unit', ADMISSIONS)
  async admissions(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Query() query: Query,
  ) {
    const params = new QueryParams(query);
    const today = todayInVietnam();
    const thisYear = Number(today.slice(0, 4));
    const asOf = params.pastDate('asOf');
    const year = params.integer(
      'year',
      asOf === undefined ? thisYear : Number(asOf.slice(0, 4)),
      1930,
      thisYear + 1,
    );
    params.done();
    if (asOf !== undefined && Number(asOf.slice(0, 4)) !== year)
      throw new ProblemException(
        400,
        'invalid_query',
        {
          vi: `Ngày ${asOf} không thuộc năm ${year}`,
          en: `asOf ${asOf} is not in the year ${year}`,
        },
        { errors: [{ field: 'asOf', messages: [`must be a date of ${year}`] }] },
      );
    const unit = await this.scope.unit(request.principal, id);
    const from = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const end = asOf ?? (yearEnd < today ? yearEnd : today);
    const report = await this.projections.statistics.admissions(id, year, end < from ? from : end);
    if (!report)
      throw notFound({
        vi: `Chưa có số liệu của đơn vị ${id}`,
        en: `No statistics for unit ${id} yet`,
      });
    const names = await this.projections.orgs.units(report.children.map((child) => child.unitId));
    return {
      unit: unitSummary(unit, id),
      year,
      period: report.period,
      total: report.total,
      children: report.children.map((child) => ({
        unit: unitSummary(names.get(child.unitId), child.unitId),
        ...child,
      })),
    };
  }

  @Get(':id/pipeline')
  @AllowRoles(...QUERY_ROLES)
  @ApiOperation({ summary: 'Candidates per stage, median days between stages, steps overdue' })
  @ApiAnswer(200, 'The admission pipeline of the subtree', PIPELINE)
  async pipeline(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    const unit = await this.scope.unit(request.principal, id);
    const today = todayInVietnam();
    const [current, durations, overdue] = await Promise.all([
      this.projections.statistics.current(id, today),
      this.projections.members.stageDurations(unit.path),
      this.projections.members.worklist(unit.path, addDays(today, -1), today, 1, 1),
    ]);
    const byStage = Object.fromEntries(
      PRE_ADMISSION_STAGES.map((stage) => [stage, current?.total.people[stage] ?? 0]),
    );
    return {
      unit: unitSummary(unit, id),
      candidates: { total: Object.values(byStage).reduce((sum, n) => sum + n, 0), byStage },
      durations,
      overdueSteps: overdue.total,
    };
  }

  private async withNames(unit: OrgUnitView, report: StatisticsReport) {
    const names = await this.projections.orgs.units(report.children.map((child) => child.unitId));
    const { unitId, children, ...rest } = report;
    return {
      unit: unitSummary(unit, unitId),
      ...rest,
      children: children.map(({ unitId: childId, ...figures }) => ({
        unit: unitSummary(names.get(childId), childId),
        ...figures,
      })),
    };
  }
}

/** Roster slices as an analyst sees them (person-data.ts): no identifier, the birth year only. */
async function* forAnalystSlices(
  slices: AsyncIterable<readonly Record<string, unknown>[]>,
): AsyncGenerator<RosterRow[]> {
  for await (const slice of slices) yield slice.map((entry) => forAnalyst(entry) as RosterRow);
}
