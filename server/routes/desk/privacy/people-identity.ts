// `POST /desk/people/identity`: after a reference found its answer, staff say how they confirmed
// that the person asking wrote it; that goes in the audit log with the reference, and then the
// answers sharing the answer's e-mail or phone number are shown, to be exported or erased as any
// person's answers are.
import { recordAudit } from '../../../data/audit';
import {
  answersSharingContact,
  findPersonAnswers,
  IDENTITY_CHECKS,
  isIdentityCheck,
} from '../../../data/people';
import { readReference } from '../../../data/reference';
import { formOf, nowOf, sessionOf } from '../../../web/context';
import type { Handler } from '../../../web/route';
import { PEOPLE_RESULTS_MAX, peoplePage } from './people';

export const postPeopleIdentity: Handler = async (context) => {
  const form = formOf(context);
  const { db } = context.services;
  const reference = readReference(form.get('reference') ?? '');
  const [answer] = reference
    ? (await findPersonAnswers(db, { kind: 'reference', values: [reference] }, 1)).answers
    : [];
  if (!reference || !answer) {
    const errors = [{ field: 'query', message: 'Der er intet svar med den reference. Søg igen.' }];
    return peoplePage(context, { query: form.get('reference') ?? '', errors }, 400);
  }
  const check = form.get('check');
  if (!isIdentityCheck(check)) {
    const errors = [{ field: 'check', message: 'Vælg, hvordan du har bekræftet identiteten.' }];
    return peoplePage(context, { query: reference, identity: { answer, errors } }, 400);
  }
  const found = await answersSharingContact(db, reference, PEOPLE_RESULTS_MAX);
  await recordAudit(
    db,
    {
      staffId: sessionOf(context).staff.id,
      action: 'identity-confirmed',
      subject: reference,
      detail: `${IDENTITY_CHECKS[check]}; ${found.total} svar fundet`,
    },
    nowOf(context),
  );
  await peoplePage(context, {
    query: reference,
    found: { ...found, kind: 'reference og samme e-mail eller telefonnummer' },
  });
};
