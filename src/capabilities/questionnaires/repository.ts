// All SQL for the questionnaires table.
import type { Queryable } from '../../db/client.ts';
import type { Definition } from './types.ts';

export interface QuestionnaireRow {
  id: string;
  definition: Definition;
  locked_at: Date | null;
}

export async function createQuestionnaire(db: Queryable, definition: Definition = { sections: [] }): Promise<string> {
  const { rows } = await db.query<{ id: string }>('INSERT INTO questionnaires (definition) VALUES ($1) RETURNING id', [JSON.stringify(definition)]);
  return rows[0]!.id;
}

export async function getQuestionnaire(db: Queryable, id: string): Promise<QuestionnaireRow | undefined> {
  const { rows } = await db.query<QuestionnaireRow>('SELECT id, definition, locked_at FROM questionnaires WHERE id = $1', [id]);
  return rows[0];
}

/** saves a new definition; refused (false) once the questionnaire is locked */
export async function saveDefinition(db: Queryable, id: string, definition: Definition): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE questionnaires SET definition = $2, updated_at = now() WHERE id = $1 AND locked_at IS NULL', [id, JSON.stringify(definition)]);
  return rowCount > 0;
}

export async function lockQuestionnaire(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE questionnaires SET locked_at = coalesce(locked_at, now()) WHERE id = $1', [id]);
}
