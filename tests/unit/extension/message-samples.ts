// One valid message of each type the background takes, for the tests that forge senders (unit,
// and end to end from a content script). A type without a sample here does not compile.
import type { MessageType } from '../../../extension/background/protocol';
import type { Submission } from '../../../utils/schema/submission';

export type MessageSamples = { [T in MessageType]: { type: T } & Record<string, unknown> };

export function messageSamples(options: {
  submission: Submission;
  endpoint: string;
  tabId: number;
  pageUrl: string;
}): MessageSamples {
  const { submission, endpoint, tabId, pageUrl } = options;
  return {
    report: {
      type: 'report',
      report: { url: pageUrl, title: '', mounts: [], scripts: [], inline: [] },
    },
    detect: { type: 'detect', tabId },
    'save-page': { type: 'save-page', tabId },
    submit: { type: 'submit', submission, endpoint },
    'outbox-list': { type: 'outbox-list' },
    'outbox-retry': { type: 'outbox-retry', id: submission.id },
    'outbox-discard': { type: 'outbox-discard', id: submission.id },
    'outbox-flush': { type: 'outbox-flush' },
    'scan-all': { type: 'scan-all', enabled: true },
    'delete-all': { type: 'delete-all' },
    'status-check': { type: 'status-check' },
    'saved-refresh': { type: 'saved-refresh' },
    'status-seen': { type: 'status-seen', ids: [submission.id] },
  };
}
