import { RULES, type RuleCode } from './rules';
import {
  COMMON_RULES,
  MEMBER_ACTIONS,
  TRANSITIONS,
  outcomesOf,
  type Transition,
} from './transitions';
import { MEMBER_STAGES, NEW, STAGE_LABELS, type StageOrNew } from './stages';

/** docs/lifecycle.md holds the generated section between these lines. */
export const LIFECYCLE_MARKERS = {
  begin: '<!-- BEGIN GENERATED lifecycle: `npm run docs:lifecycle` rewrites this section -->',
  end: '<!-- END GENERATED lifecycle -->',
} as const;

function node(stage: StageOrNew): string {
  return stage === NEW ? '[*]' : stage;
}

/** The lifecycle as a Mermaid state diagram: the stage changes of the transition table. */
export function lifecycleDiagram(): string {
  const lines = ['stateDiagram-v2', '  direction TB'];
  for (const stage of MEMBER_STAGES) {
    const label = STAGE_LABELS[stage];
    lines.push(`  state "${label.vi}<br/><i>${label.en}</i>" as ${stage}`);
  }
  for (const action of MEMBER_ACTIONS) {
    const transition = TRANSITIONS[action];
    for (const outcome of outcomesOf(transition)) {
      if (outcome.stage === 'same') continue;
      const condition = outcome.when.en ? ` (${outcome.when.en})` : '';
      for (const from of transition.from) {
        if (from === outcome.stage) continue;
        lines.push(`  ${node(from)} --> ${outcome.stage} : ${action}${condition}`);
      }
    }
  }
  return lines.join('\n');
}

function describeTarget(transition: Transition): string {
  return outcomesOf(transition)
    .map((outcome) => (outcome.when.en ? `${outcome.stage} (${outcome.when.en})` : outcome.stage))
    .join(' / ');
}

function describeFrom(transition: Transition): string {
  return transition.from.map((stage) => (stage === NEW ? '(new)' : stage)).join(', ');
}

const codes = (rules: readonly RuleCode[]) => rules.map((rule) => `\`${rule}\``).join(', ');

/** The generated section of docs/lifecycle.md: the diagram, the table of actions, the rules. */
export function lifecycleSection(): string {
  const actions = MEMBER_ACTIONS.map((action) => {
    const transition = TRANSITIONS[action];
    return `| \`${action}\` | ${transition.label.vi} | ${describeFrom(transition)} | ${describeTarget(transition)} | ${codes(transition.rules) || '–'} | ${transition.emits.join(', ')} |`;
  });
  const rules = (Object.keys(RULES) as RuleCode[]).map(
    (code) => `| \`${code}\` | ${RULES[code].vi} | ${RULES[code].en} |`,
  );
  return [
    LIFECYCLE_MARKERS.begin,
    // Prettier would realign the tables and make the file differ from what is generated.
    '<!-- prettier-ignore-start -->',
    '',
    '```mermaid',
    lifecycleDiagram(),
    '```',
    '',
    `Every action also checks ${codes(COMMON_RULES)}. Actions that keep the stage are not drawn.`,
    '',
    '| action | Vietnamese | from | to | rules | events |',
    '|---|---|---|---|---|---|',
    ...actions,
    '',
    '| rule | Vietnamese | English |',
    '|---|---|---|',
    ...rules,
    '',
    '<!-- prettier-ignore-end -->',
    LIFECYCLE_MARKERS.end,
  ].join('\n');
}

/** `document` with its generated section replaced by the current one (appended when missing). */
export function withLifecycleSection(document: string): string {
  const begin = document.indexOf(LIFECYCLE_MARKERS.begin);
  const end = document.indexOf(LIFECYCLE_MARKERS.end);
  if (begin < 0 || end < begin) return `${document.trimEnd()}\n\n${lifecycleSection()}\n`;
  return (
    document.slice(0, begin) +
    lifecycleSection() +
    document.slice(end + LIFECYCLE_MARKERS.end.length)
  );
}
