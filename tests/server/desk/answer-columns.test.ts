import { describe, expect, it } from 'vitest';
import { DESK_COLUMNS, deskColumnValues } from '../../../server/data/answer-columns';
import { openDatabase } from '../../../server/data/db';
import { migrate } from '../../../server/data/migrations';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';

const column = (values: unknown[], name: (typeof DESK_COLUMNS)[number]) =>
  values[DESK_COLUMNS.indexOf(name)];

describe('the desk’s copies of an answer', () => {
  it('hold no NUL and no half emoji, which PostgreSQL text cannot take', () => {
    const submission = validSubmission('need');
    const values = deskColumnValues({
      ...submission,
      text: { title: '\udc00', body: 'a\u0000b \ud83d\ude00 c\ud83d' },
      author: { actorType: 'citizen', name: 'Ann\ud800' },
    });
    expect(column(values, 'title')).toBe('\ufffd');
    expect(column(values, 'body')).toBe('a b \ud83d\ude00 c\ufffd');
    expect(column(values, 'contact_name')).toBe('ann\ufffd');
  });

  it('are stored, while the envelope keeps the text exactly', async () => {
    const db = await openDatabase({ kind: 'memory' });
    await migrate(db);
    const { receiver, errors } = await startTestReceiver({ db });
    try {
      for (const title of ['\udc00', 'x\ud800', '\ud83d']) {
        const submission = { ...validSubmission('need'), text: { title, body: `tekst ${title}` } };
        expect((await postSubmission(receiver, submission)).status).toBe(201);
        const [stored] = await receiver
          .submissions()
          .then((all) => all.filter((a) => a.id === submission.id));
        expect(stored?.submission?.text.title).toBe(title);
      }
      expect(errors).toEqual([]);
    } finally {
      await receiver.close();
      await db.close();
    }
  });
});
