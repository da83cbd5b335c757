// A challenge's contact, with its phone and e-mail as `tel:` and `mailto:` links: for someone who
// would rather ring or write than type an answer. Every value is shown as text; numbers and
// addresses read left to right also on a right-to-left page. One line, as the plain contact was.
import type { ComponentChildren } from 'preact';
import { mailtoHref, telHref } from '../utils/contact-links';
import type { Challenge } from '../utils/schema/challenge';

interface Props {
  contact: Challenge['contact'];
  /** Whether the challenge takes answers: its phone and e-mail are then another way to answer. */
  open: boolean;
  words: { otherWays: string; contact: string };
}

export function ContactWays({ contact, open, words }: Props) {
  const { name, phone, email } = contact ?? {};
  const tel = phone && telHref(phone);
  const mail = email && mailtoHref(email);
  const parts: ComponentChildren[] = [];
  if (name) parts.push(<span dir="auto">{name}</span>);
  if (tel)
    parts.push(
      <a href={tel} dir="ltr">
        {phone}
      </a>,
    );
  if (mail)
    parts.push(
      <a href={mail} dir="ltr">
        {email}
      </a>,
    );
  if (parts.length === 0) return null;
  return (
    <p class="ways">
      <strong>{open && (tel || mail) ? words.otherWays : words.contact}: </strong>
      {parts.map((part, index) => [index > 0 && ', ', part])}
    </p>
  );
}
