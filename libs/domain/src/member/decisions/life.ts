import { ratingPolicyFor } from '../../policy/rating-year';
import { activeCard, partyAgeMonths } from '../member.state';
import {
  checkBadge,
  checkCard,
  checkCellActive,
  checkExemption,
  checkNotExempt,
  checkOnHelpList,
  checkPutOnHelpList,
  checkRatingOnce,
  checkRatingScore,
  checkRatingYear,
  checkTransfer,
  checkVotePassed,
  lateWarning,
  quotaWarning,
  VOTE_DEMANDS,
} from '../rules';
import { event, warnings, what, type Decisions } from './common';

/** Official members' life: card, transfers, ratings, exemption, badges, the help list. */
export const LIFE_DECISIONS = {
  'issue-card': ({ payload, occurredOn }, state) =>
    checkCard(state, payload) ?? [
      event('CardIssued', occurredOn, { ...payload, replacesCardNo: activeCard(state)?.cardNo }),
    ],

  transfer: ({ payload, occurredOn }, state, ctx) => {
    const invalid =
      checkTransfer(state, payload, occurredOn, ctx.policy) ??
      (payload.kind === 'return' ? undefined : checkCellActive(payload.targetCellId, ctx.facts));
    if (invalid) return invalid;
    const home = state.cellId ?? '';
    switch (payload.kind) {
      case 'return':
        return [
          event('Transferred', occurredOn, {
            kind: 'return',
            fromCellId: state.temporaryStay?.cellId ?? home,
            toCellId: home,
            warnings: [],
          }),
        ];
      case 'temporary':
        return [
          event('Transferred', occurredOn, {
            kind: 'temporary',
            fromCellId: home,
            toCellId: payload.targetCellId,
            purpose: payload.purpose,
            until: payload.until,
            warnings: [],
          }),
        ];
      case 'permanent': {
        const { permanentStartDueWorkingDays, permanentArrivalDueWorkingDays } =
          ctx.policy.transfer;
        const started = payload.introducedOn ?? occurredOn;
        return [
          event('Transferred', occurredOn, {
            kind: 'permanent',
            fromCellId: home,
            toCellId: payload.targetCellId,
            introducedOn: payload.introducedOn,
            warnings: warnings(
              lateWarning(
                what('Chuyển sinh hoạt', 'Transfer start'),
                payload.changedOn,
                started,
                permanentStartDueWorkingDays,
                ctx.calendar,
              ),
              lateWarning(
                what('Nộp giấy giới thiệu sinh hoạt', 'Arrival at the new cell'),
                payload.introducedOn,
                occurredOn,
                permanentArrivalDueWorkingDays,
                ctx.calendar,
              ),
            ),
          }),
        ];
      }
    }
  },

  'record-rating': ({ payload, occurredOn }, state, ctx) => {
    const { year, grade } = payload;
    // The stored ratings of the year in the member's grassroots organization (facts), if known.
    const tally =
      state.cellId === undefined ? undefined : ctx.facts.ratingTally?.(state.cellId, year);
    const quota = ratingPolicyFor(year).rating.excellentQuotaOfGood;
    return (
      checkRatingYear(state, year, occurredOn) ??
      checkRatingOnce(state, year) ??
      checkNotExempt(state) ??
      checkRatingScore(payload) ?? [
        event('RatingRecorded', occurredOn, {
          year,
          grade,
          score: payload.score,
          warnings: warnings(quotaWarning(grade, tally, quota)),
        }),
      ]
    );
  },

  'grant-exemption': ({ payload, occurredOn }, state) =>
    checkExemption(state, true) ?? [event('ExemptionGranted', occurredOn, { ...payload })],

  'end-exemption': ({ occurredOn }, state) =>
    checkExemption(state, false) ?? [event('ExemptionEnded', occurredOn, {})],

  'award-badge': ({ payload, occurredOn }, state, ctx) =>
    checkBadge(state, payload.milestoneYears, occurredOn, ctx.policy) ?? [
      event('BadgeAwarded', occurredOn, {
        milestoneYears: payload.milestoneYears,
        partyAgeMonths: partyAgeMonths(state, occurredOn) ?? 0,
      }),
    ],

  'put-on-help-list': ({ payload, occurredOn }, state, ctx) => {
    // The screening's secret ballot uses the cell's threshold (2/3 of official members, HD 02).
    const threshold = ctx.policy.admission.cellVote;
    return (
      checkPutOnHelpList(state, payload.grounds) ??
      checkVotePassed(payload.vote, threshold, VOTE_DEMANDS.helpList) ?? [
        event('PutOnHelpList', occurredOn, { ...payload, threshold }),
      ]
    );
  },

  'clear-help-list': ({ payload, occurredOn }, state) =>
    checkOnHelpList(state) ?? [event('ClearedFromHelpList', occurredOn, { ...payload })],
} satisfies Partial<Decisions>;
