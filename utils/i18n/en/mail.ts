// English words of the mails to citizens (the Danish file sets the keys). Server only.
import type { MailMessages } from '../da/mail';

export const mail: MailMessages = {
  greeting: 'Hello',
  noReply: 'You cannot reply to this e-mail.',
  'confirm.subject': 'Confirm your e-mail address for news about your answer',
  'confirm.why':
    'This e-mail address was entered to get news by e-mail about an answer sent to the municipality.',
  'confirm.ask':
    'If this is you, and you want news about your answer by e-mail, confirm the address here:',
  'confirm.waits':
    'We send news to it only once you have confirmed it. News that comes before then waits, and comes together in one e-mail when you have confirmed.',
  'confirm.notYou':
    'If this is not you, you do not need to do anything. The address is deleted if it is not confirmed within {days} days, and you get at most one e-mail like this a day.',
  'confirm.never': 'If you never want e-mails with news from here: {url}',
  'update.subject': 'News about your answer {reference}',
  'update.subjectMany': {
    one: 'News about {count} of your answers',
    other: 'News about {count} of your answers',
  },
  'update.intro': 'The municipality has news about your answer {reference}.',
  'update.introChallenge':
    'The municipality has news about your answer {reference} to the challenge "{title}".',
  'update.introMany': {
    one: 'The municipality has news about {count} of your answers.',
    other: 'The municipality has news about {count} of your answers.',
  },
  'update.answer': 'Your answer {reference}:',
  'update.answerChallenge': 'Your answer {reference} to the challenge "{title}":',
  'update.reply': "The municipality's message to you:",
  'update.link': 'See the status and the reply here: {url}',
  'outcome.subject': 'The outcome of "{title}"',
  'outcome.subjectMany': {
    one: 'The outcome of {count} challenge you answered',
    other: 'The outcome of {count} challenges you answered',
  },
  'outcome.closed': 'The municipality has closed the challenge "{title}". This is what came of it:',
  'outcome.answer': 'Your answer {reference}: {url}',
  'outcome.answers': 'Your answers:',
  'outcome.link':
    "On the link you can see the status and the municipality's message, and withdraw your answer.",
  'footer.why':
    'You get this e-mail because you gave your e-mail address for news about your answers when you sent them, and confirmed it. The address is used only for that. It is not kept with your answers, and it is deleted {days} days after the challenge has closed. You cannot reply to this e-mail.',
  'footer.stop': 'If you want no more e-mails with news: {url}',
  'page.site': 'E-mails with news about your answers',
  'page.confirm.title': 'Confirm your e-mail address',
  'page.confirm.ask':
    'Do you want an e-mail to {address} when the municipality has news about the answers you sent?',
  'page.confirm.button': 'Yes, send me news by e-mail',
  'page.confirm.ignore':
    'If not, you do not need to do anything. The address is deleted if it is not confirmed within {days} days.',
  'page.confirmed.title': 'Your e-mail address is confirmed',
  'page.confirmed.thanks': 'Thank you. Your e-mail address is confirmed',
  'page.confirmed.text':
    'You will get an e-mail to {address} when the municipality has news about your answer. News already waiting comes together in one e-mail.',
  'page.confirmed.stop': 'If you want no more e-mails, every e-mail has a link to stop them.',
  'page.stopped.title': 'You do not get e-mails with news',
  'page.stopped.text':
    'No e-mails with news are sent to the address. You do not need to do anything more.',
  'page.unsubscribe.title': 'Stop e-mails with news',
  'page.unsubscribe.ask': 'Do you want no more e-mails to {address} with news about your answers?',
  'page.unsubscribe.button': 'Stop e-mails',
  'page.unsubscribe.still':
    "You can still see the status and the municipality's message on the page where you sent your answer.",
  'page.unsubscribed.title': 'You have stopped the e-mails',
  'page.refused.title': 'Stopping the e-mails was refused',
  'page.refused.text':
    'The request did not come from the button. Open the link in the e-mail again, and press the button.',
};
