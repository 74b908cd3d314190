import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { MemberState } from '@memberflow/domain/member';
import type { EventStore } from '@memberflow/event-store';
import { AllowRoles, type AuthenticatedRequest } from '../auth/auth.guard';
import {
  WHOLE_DEPLOYMENT,
  MEMBER_AGGREGATE,
  toDomainEvent,
  MemberReader,
  EVENT_STORE,
  timeTravel,
  checkStream,
  historyEntry,
  notFound,
  noMember,
} from '@memberflow/application';
import { ApiAnswer, ApiKind } from '../http/operation-docs';
import { MEMBER_HISTORY, MEMBER_STATE_AT, STREAM_CHECK } from './dto/history.schema';
import { historyCsv } from './history-csv';
import {
  matchesFilter,
  parseHistoryFilter,
  parseTimePoint,
  type QueryValue,
} from './history-query';

/** A member's history, its state at any point in both times, and its hash-chain check (§7). */
@ApiTags('history')
@ApiBearerAuth()
@ApiKind('scoped-read')
@Controller('api/members')
export class HistoryController {
  constructor(
    private readonly members: MemberReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':id/history')
  @AllowRoles('auditor', 'admin', 'officer')
  @ApiOperation({
    summary:
      'Every event of the member with its metadata, in stream order; filters on the business date and the type; text/csv export',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    description: 'first business date (YYYY-MM-DD), inclusive',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    description: 'last business date (YYYY-MM-DD), inclusive',
  })
  @ApiQuery({
    name: 'type',
    required: false,
    description: 'event types, repeated or comma-separated (e.g. DetailsCorrected)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiAnswer(200, 'The events (text/csv: one row per event)', MEMBER_HISTORY)
  async history(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Query('from') from: QueryValue,
    @Query('to') to: QueryValue,
    @Query('type') type: QueryValue,
    @Res({ passthrough: true }) response: Response,
  ) {
    const filter = parseHistoryFilter({ from, to, type });
    const { view, events } = await this.members.load(request.principal, id);
    const entries = events.map(historyEntry).filter((entry) => matchesFilter(entry, filter));
    if (request.accepts(['application/json', 'text/csv']) === 'text/csv') {
      response
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="member-${id}-history.csv"`);
      return historyCsv(entries);
    }
    return {
      id,
      stage: view.stage,
      revision: view.revision,
      filter,
      count: entries.length,
      events: entries,
    };
  }

  @Get(':id/state')
  @AllowRoles('auditor', 'admin', 'officer')
  @ApiOperation({
    summary:
      'The state folded from the events that had happened by asOf and were recorded by knownAt; names the late entries',
  })
  @ApiQuery({
    name: 'asOf',
    required: false,
    description: 'business date (YYYY-MM-DD); default today',
  })
  @ApiQuery({
    name: 'knownAt',
    required: false,
    description:
      'record time (ISO 8601 with zone), or a date meaning the end of that day in Vietnam; default now',
  })
  @ApiAnswer(200, 'The state at that point of both times', MEMBER_STATE_AT)
  async state(
    @Req() request: AuthenticatedRequest,
    @Param('id') id: string,
    @Query('asOf') asOf: QueryValue,
    @Query('knownAt') knownAt: QueryValue,
  ) {
    const point = parseTimePoint({ asOf, knownAt });
    const { events } = await this.members.load(request.principal, id);
    const { evolve, initialState } = MEMBER_AGGREGATE.decider;
    const answer = timeTravel<MemberState>(events, point, {
      initialState,
      evolve: (state, event) => evolve(state, toDomainEvent(event) as never),
    });
    return {
      id,
      asOf: answer.asOf,
      knownAt: answer.knownAt,
      existed: answer.revision !== undefined,
      revision: answer.revision ?? null,
      stage: answer.state.stage,
      state: answer.state,
      summary: answer.summary,
      lateEvents: answer.lateEvents,
      events: answer.events,
    };
  }

  @Get(':id/verify')
  @AllowRoles('auditor', 'admin')
  @ApiOperation({
    summary: "Hash-chain check of the member's stream: ok, or the first event that does not match",
  })
  @ApiAnswer(200, 'ok, or the first event that does not match', STREAM_CHECK)
  async verify(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    // A scoped token must be able to see the member; a whole-deployment one verifies without folding,
    // so a stream too damaged to fold is still reported.
    if (request.principal.orgScope !== WHOLE_DEPLOYMENT)
      await this.members.load(request.principal, id);
    const streamId = MEMBER_AGGREGATE.streamId(id);
    const check = await checkStream(this.store, streamId);
    if (check === undefined) {
      throw notFound(noMember(id));
    }
    return { id, ...check };
  }
}
