// Reply templates: texts staff keep for the replies they write often ("Tak for dit forslag. Vi
// samler forslagene og vender tilbage i marts."), to start a reply from. Shared by all staff.
import { randomUUID } from 'node:crypto';
import type { Queryable } from './db';

export const TEMPLATE_NAME_MAX = 100;
/** A reply to a citizen is at most 2000 characters (protocol 1.1), so a template is too. */
export const REPLY_MAX = 2000;
/** Enough for any municipality's set; the list is one page. */
export const TEMPLATES_MAX = 200;

export interface ReplyTemplate {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly updatedAt: Date;
}

interface TemplateRow extends Record<string, unknown> {
  id: string;
  name: string;
  text: string;
  updated_at: Date;
}

const fromRow = (row: TemplateRow): ReplyTemplate => ({
  id: row.id,
  name: row.name,
  text: row.text,
  updatedAt: new Date(row.updated_at),
});

export async function listTemplates(db: Queryable): Promise<ReplyTemplate[]> {
  const rows = await db.query<TemplateRow>(
    'SELECT id, name, text, updated_at FROM reply_templates ORDER BY lower(name), id LIMIT $1',
    [TEMPLATES_MAX],
  );
  return rows.map(fromRow);
}

export async function findTemplate(db: Queryable, id: string): Promise<ReplyTemplate | undefined> {
  const [row] = await db.query<TemplateRow>(
    'SELECT id, name, text, updated_at FROM reply_templates WHERE id = $1',
    [id],
  );
  return row && fromRow(row);
}

export async function countTemplates(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reply_templates');
  return row?.n ?? 0;
}

export async function createTemplate(
  db: Queryable,
  template: { name: string; text: string },
  staffId: string,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db.query(
    'INSERT INTO reply_templates (id, name, text, created_by, updated_at) VALUES ($1, $2, $3, $4, $5)',
    [id, template.name, template.text, staffId, now],
  );
  return id;
}

export async function updateTemplate(
  db: Queryable,
  id: string,
  template: { name: string; text: string },
  now: Date,
): Promise<boolean> {
  const rows = await db.query(
    'UPDATE reply_templates SET name = $2, text = $3, updated_at = $4 WHERE id = $1 RETURNING id',
    [id, template.name, template.text, now],
  );
  return rows.length > 0;
}

export async function deleteTemplate(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM reply_templates WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}
