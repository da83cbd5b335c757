// The shape of the label table: one word per concept, for each code the desk, its exports, the
// mails, the widget and the extension name (docs/glossary.md lists them for translators, and a
// test keeps the two equal). Each language's labels.ts fills it; the Danish one is the only one
// the server reads. The actor and resource words are the widget's own (its answer catalogue), so
// the citizen and the municipality say the same; the rest are words only the desk shows, kept out
// of the widget's catalogues so that none of them reaches its bytes.
import type { Kind } from '../kinds';
import { ACTOR_TYPES, type ActorType, RESOURCE_TYPES, type ResourceType } from '../schema/common';
import type { AnswerStatus } from '../schema/status';
import type { DeskSubmission } from '../schema/submission';

export type AnswerSource = DeskSubmission['source'];

export interface LabelTable {
  /** The kind of answer, one word ("Behov"); lowercased in running text ("et behov"). */
  readonly kind: Record<Kind, string>;
  /** The name each kind's answers are listed under on a challenge's page. */
  readonly kindHeading: Record<Kind, string>;
  /** Where an answer came from. */
  readonly source: Record<AnswerSource, string>;
  /** What became of an answer (protocol 1.1). */
  readonly status: Record<AnswerStatus, string>;
  /** Who answers: "Jeg svarer som …". */
  readonly actor: Record<ActorType, string>;
  /** What an offer offers. */
  readonly resource: Record<ResourceType, string>;
}

export type Concept = keyof LabelTable;

/** The words a language's label table writes itself; the rest it reads from its catalogues. */
export type OwnLabels = Pick<LabelTable, 'kind' | 'kindHeading' | 'source'>;

/**
 * A language's label table: its own words, its status words, and the actor and resource words of
 * its answer catalogue (`actor.citizen`, `resource.time`, …), the words the widget's form shows.
 */
export function labelTable(
  own: OwnLabels,
  status: LabelTable['status'],
  answerCatalogue: Readonly<Record<string, unknown>>,
): LabelTable {
  const byCode = <Code extends string>(codes: readonly Code[], prefix: string) =>
    Object.fromEntries(
      codes.map((code) => [code, String(answerCatalogue[`${prefix}.${code}`])]),
    ) as Record<Code, string>;
  return {
    ...own,
    status,
    actor: byCode(ACTOR_TYPES, 'actor'),
    resource: byCode(RESOURCE_TYPES, 'resource'),
  };
}
