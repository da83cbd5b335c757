// What became of an answer, in English (the Danish file sets the wording).
import type { AnswerStatus } from '../../schema/status';

export const statusLabels: Record<AnswerStatus, string> = {
  received: 'New',
  'in-review': 'Under review',
  'taken-forward': 'Taken forward',
  'not-taken-forward': 'Not taken forward',
  done: 'Done',
};

/** What each status means to the person who sent the answer (the Danish file sets the wording). */
export const statusMeanings: Record<AnswerStatus, string> = {
  received: 'Your answer has arrived, but the municipality has not looked at it yet.',
  'in-review': 'The municipality is looking at your answer.',
  'taken-forward': 'The municipality is taking your answer forward.',
  'not-taken-forward': 'The municipality has chosen not to take your answer forward this time.',
  done: 'What your answer was about has been done.',
};
