// English words of the citizen's status page (the Danish file sets the keys). Server only.
import type { StatusPageMessages } from '../da/status-page';

export const statusPage: StatusPageMessages = {
  skipLink: 'Go to the content of the page',
  site: 'Your answer to the municipality',
  footer: 'About this page',
  privacy: 'Privacy policy',
  accessibility: 'Accessibility statement',
  title: 'Your answer {reference}',
  reference: 'Reference number',
  kind: 'Kind of answer',
  challenge: 'Challenge',
  unknownChallenge: "A challenge on the municipality's website",
  sent: 'Sent',
  changed: 'Last changed {date}.',
  'meaning.received': 'Your answer has arrived, but the municipality has not looked at it yet.',
  'meaning.in-review': 'The municipality is looking at your answer.',
  'meaning.taken-forward': 'The municipality is taking your answer forward.',
  'meaning.not-taken-forward':
    'The municipality has chosen not to take your answer forward this time.',
  'meaning.done': 'What your answer was about has been done.',
  reply: "The municipality's message to you",
  closed: 'The challenge is closed.',
  news: 'E-mails with news',
  'news.confirmed': 'You get an e-mail when the municipality has news about this answer.',
  'news.unconfirmed':
    'You asked for an e-mail when the municipality has news about this answer. It comes once you have confirmed your e-mail address from the e-mail we sent.',
  'news.none':
    'You do not get e-mails with news about this answer. You can always see the status here.',
  stopNews: 'Stop e-mails about this answer',
  withdraw: 'Withdraw your answer',
  withdrawWhat:
    'If you no longer want the municipality to use your answer, you can withdraw it. What you wrote and your contact details are then deleted.',
  withdrawButton: 'Withdraw my answer',
  forwarded:
    'This page does not show what you wrote, because the link can be passed on. Whoever has the link can see the status and withdraw the answer: share it only with someone you trust.',
  'withdraw.title': 'Withdraw your answer?',
  'withdraw.intro': 'You are about to withdraw your answer {reference}.',
  'withdraw.introChallenge':
    'You are about to withdraw your answer {reference} to the challenge "{title}".',
  'withdraw.erased':
    'What you wrote, and your name, e-mail and phone number, are deleted at the municipality.',
  'withdraw.unpublished':
    "If the answer was published, it is removed from the municipality's website, and e-mails with news about it stop.",
  'withdraw.kept':
    'The municipality keeps only the reference number, when the answer came, and what kind of answer and challenge it was, so that the numbers add up.',
  'withdraw.final': 'This cannot be undone.',
  'withdraw.linkStops': 'The link to the answer will not work afterwards.',
  'withdraw.yes': 'Yes, withdraw my answer',
  'withdraw.no': "No, back to the answer's status",
  'withdrawn.title': 'Your answer has been withdrawn',
  'withdrawn.text':
    'What you wrote in the answer {reference}, and your contact details, have been deleted at the municipality. You will get no more e-mails about it, and the link no longer works.',
  'newsStopped.title': 'You will get no more e-mails about the answer',
  'newsStopped.text':
    "No more e-mails with news about your answer {reference} will be sent. You can still see the status and the municipality's message on {link}.",
  'newsStopped.link': "the answer's page",
  'gone.title': 'The link does not work',
  'gone.text':
    'We cannot find the answer. The link may be mistyped, or the answer has been deleted.',
  'refused.title': 'That did not work',
  'refused.text':
    "The form is too old, or it did not come from the answer's page. Nothing has changed. {link} and try again.",
  'refused.link': "Go back to the answer's page",
  'tooMany.title': 'Too many attempts',
  'tooMany.text': 'Too many attempts have come from your connection. Try again in a little while.',
};
