// A draft challenge's way to the public: the two forms of its page's publishing section
// (publishing-section.ts), "Offentliggør nu" and a time to publish it by itself. A draft is
// seen only in the desk and its preview: not in the feed, not on the demo pages, and answers to it
// are refused (server/data/submissions.ts).

import { copenhagenTime } from '../../../../utils/copenhagen-time';
import { isPublished, publishChallenge, scheduleChallenge } from '../../../data/challenge-store';
import { deskPaths } from '../../../ui/desk-paths';
import { withNotice } from '../../../ui/notices';
import { formOf, nowOf, sessionOf } from '../../../web/context';
import { seeOther } from '../../../web/respond';
import type { Handler } from '../../../web/route';
import { challengePage } from './page';
import { challengeOr404 } from './shared';

export const postPublishChallenge: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const published = await publishChallenge(
    context.services.db,
    item.challenge.id,
    sessionOf(context).staff.id,
    nowOf(context),
  );
  seeOther(
    context.res,
    withNotice(deskPaths.challenge(item.challenge.id), published ? 'challenge-published' : 'saved'),
  );
};

export const postScheduleChallenge: Handler = async (context) => {
  const item = await challengeOr404(context);
  if (!item) return;
  const typed = formOf(context).get('publishAt') ?? '';
  const now = nowOf(context);
  const at = typed.trim() === '' ? null : copenhagenTime(typed);
  const problem =
    at === undefined
      ? 'Skriv et tidspunkt som dato og klokkeslæt, fx 01-03-2027 09:00.'
      : at && at <= now
        ? 'Tidspunktet er passeret. Vælg et senere tidspunkt, eller offentliggør nu.'
        : isPublished(item, now)
          ? 'Udfordringen er allerede offentliggjort.'
          : undefined;
  if (problem || at === undefined) {
    const errors = [{ field: 'publishAt', message: problem ?? '' }];
    return challengePage(context, item, { publishAt: typed, errors }, 400);
  }
  await scheduleChallenge(
    context.services.db,
    item.challenge.id,
    at,
    sessionOf(context).staff.id,
    now,
  );
  seeOther(
    context.res,
    withNotice(
      deskPaths.challenge(item.challenge.id),
      at ? 'challenge-scheduled' : 'challenge-unscheduled',
    ),
  );
};
