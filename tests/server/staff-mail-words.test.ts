// The staff mails (server/loop/staff-mails.ts) name each answer by its reference, its kind in the
// label table's one word, and its challenge; the "assigned" mail names only the answers the staff
// member is Ansvarlig for, the digest only those to challenges they follow.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FILE } from '../../server/config';
import { openDatabase } from '../../server/data/db';
import { migrate } from '../../server/data/migrations';
import { createStaff } from '../../server/data/staff';
import type { MailLinks } from '../../server/loop/mail-types';
import { assignedMail, digestMail } from '../../server/loop/staff-mails';
import { postSubmission, startTestReceiver, validSubmission } from './fixtures';

const LINKS: MailLinks = {
  statusUrl: (id) => `https://samskab.example/status/${id}`,
  confirmUrl: 'https://samskab.example/confirm',
  unsubscribeUrl: 'https://samskab.example/stop',
  deskAnswerUrl: (id) => `https://samskab.example/desk/answers/${id}`,
  deskMailsUrl: 'https://samskab.example/desk/mails',
};

describe('the staff mails', () => {
  it('name the answers meant for the staff member, each by reference, kind and challenge', async () => {
    const db = await openDatabase({ kind: 'memory' });
    await migrate(db);
    const { receiver } = await startTestReceiver({ db, seed: DEFAULT_SEED_FILE });
    try {
      const now = new Date();
      const staff = await createStaff(
        db,
        { email: 'karen@lunde.dk', name: 'Karen', role: 'facilitator' },
        now,
      );
      const ids: string[] = [];
      for (const kind of ['need', 'offer'] as const) {
        const res = await postSubmission(receiver, validSubmission(kind));
        expect(res.status).toBe(201);
        const [row] = await db.query<{ id: string; challenge_id: string }>(
          'SELECT id, challenge_id FROM submissions ORDER BY received_at DESC, reference LIMIT 1',
        );
        ids.push(row!.id);
      }
      await db.query(
        'UPDATE staff SET mail_when_assigned = true, mail_daily_digest = true WHERE id = $1',
        [staff.id],
      );
      await db.query('UPDATE submissions SET assignee_id = $1 WHERE id = $2', [staff.id, ids[0]!]);
      const recipient = {
        id: 'r',
        audience: 'staff',
        email: 'karen@lunde.dk',
        confirmedAt: now,
        stoppedAt: null,
      } as const;

      const assigned = (await assignedMail(db, ids, LINKS, recipient))!;
      expect(assigned.subject).toBe('Du er ansvarlig for 1 svar');
      expect(assigned.text).toContain(
        'Hej Karen\n\nDu er gjort ansvarlig for 1 svar på arbejdsbordet:',
      );
      expect(assigned.text).toMatch(/SK-\w+, Behov, til "/);
      expect(assigned.text).not.toContain('Tilbud');
      expect(assigned.text).toContain(LINKS.deskAnswerUrl(ids[0]!));

      expect(await digestMail(db, ids, LINKS, recipient)).toBeUndefined();
      const [{ challenge_id: challenge } = { challenge_id: '' }] = await db.query<{
        challenge_id: string;
      }>('SELECT challenge_id FROM submissions WHERE id = $1', [ids[1]!]);
      await db.query(
        'INSERT INTO challenge_follows (staff_id, challenge_id, since) VALUES ($1, $2, now())',
        [staff.id, challenge],
      );
      const digest = (await digestMail(db, ids, LINKS, recipient))!;
      expect(digest.subject).toBe('Nye svar: 2 svar på de udfordringer, du følger');
      expect(digest.text).toMatch(/SK-\w+, Tilbud, til "/);
    } finally {
      await receiver.close();
      await db.close();
    }
  });
});
