import type { Principal, Role } from '@memberflow/application';
import { ProblemException } from '../http/problem';

/**
 * What each role sees of a person (docs/security.md):
 * - officers (in their scope), auditors (in their scope) and admins see the whole record: the person,
 *   the dossier, votes, disciplines, every event with its metadata;
 * - analysts see members of their scope as a roster sees them: name, gender, birth year, ethnicity,
 *   religion, education and levels, occupation, Youth Union membership, stage, cell and stage dates.
 *   They never see what identifies or locates a person outside the party's rolls (citizen ID, card
 *   number, exact date of birth, hometown, residence, village of residence) nor the judgements kept
 *   on them (background check, introducers, opinions, votes, disciplines, help-list, exemption and
 *   removal grounds).
 */
export const ROLES_SEEING_PERSON_DATA: readonly Role[] = ['officer', 'auditor', 'admin'];

/**
 * Keys removed from any JSON answer given to an analyst, at any depth, whatever the route (camelCase as
 * the API writes them, snake_case as read models may). Query endpoints should not select them for
 * analysts in the first place; this is the net under them.
 */
export const HIDDEN_FROM_ANALYSTS: ReadonlySet<string> = new Set([
  'citizenId',
  'citizen_id',
  'cardNo',
  'card_no',
  'cards',
  'hometown',
  'residence',
  'residenceVillageId',
  'dossier',
  'votes',
  'introducers',
  'disciplines',
  'helpList',
  'help_list',
  'ground',
  'grounds',
  'overAgeConsentRef',
  'over_age_consent_ref',
]);

/** Exact birth dates become birth years for analysts (statistics count by age band). */
const BIRTH_DATES: Readonly<Record<string, string>> = {
  dateOfBirth: 'birthYear',
  date_of_birth: 'birth_year',
};

/** Whether the principal may see whole person records (any of its roles may). */
export function seesPersonData(principal: Principal | undefined): boolean {
  return (
    principal !== undefined &&
    principal.roles.some((role) => ROLES_SEEING_PERSON_DATA.includes(role))
  );
}

/** A JSON value as an analyst may see it: hidden keys dropped, birth dates cut to the year. */
export function forAnalyst(value: unknown, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => forAnalyst(item, depth + 1));
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (HIDDEN_FROM_ANALYSTS.has(key)) continue;
    const yearKey = BIRTH_DATES[key];
    if (yearKey !== undefined) {
      const year = typeof item === 'string' ? Number(item.slice(0, 4)) : NaN;
      result[yearKey] = Number.isInteger(year) ? year : null;
      continue;
    }
    result[key] = forAnalyst(item, depth + 1);
  }
  return result;
}

/** Search parameters: a digit in them is an identifier (names have none, R-PERSON). */
const SEARCH_PARAMETERS = ['q'];

/**
 * Refuses a caller without a person-data role a search by citizen ID or card number: finding a person
 * from an identifier is what the hidden fields would tell.
 */
export function refuseIdentifierSearch(query: Readonly<Record<string, unknown>> | undefined): void {
  for (const name of SEARCH_PARAMETERS) {
    const value: unknown = query?.[name];
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === 'string' && /\d/.test(item))) {
      throw new ProblemException(
        403,
        'identifier_search_forbidden',
        {
          vi: 'Vai trò phân tích chỉ tìm theo họ tên; tìm theo số căn cước hoặc số thẻ đảng dành cho cán bộ nghiệp vụ',
          en: 'Analysts search by name only; a search by citizen ID or card number is for officers',
        },
        { errors: [{ field: name, messages: ['must be a name (no digits) for this role'] }] },
      );
    }
  }
}
