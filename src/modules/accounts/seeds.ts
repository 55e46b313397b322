// Demo people and organisations for a first start. Passwords here are for the demo only.
import type { AppContext } from '../../platform/module.ts';
import type { Role } from '../../platform/authorisation/index.ts';
import { hashPassword } from './passwords.ts';
import { giveConsent, insertUser, saveAccessNeeds } from './repository.ts';

export const DEMO_PASSWORD = 'chorus-demo-password';

export const DEMO_USERS: { email: string; name: string; roles: Role[]; identities: string[] }[] = [
  { email: 'admin@chorus.example', name: 'Amira Khan', roles: ['participant', 'admin'], identities: ['staff'] },
  { email: 'facilitator@chorus.example', name: 'Femi Adebayo', roles: ['participant', 'facilitator'], identities: ['staff'] },
  { email: 'moderator@chorus.example', name: 'Morgan Lee', roles: ['participant', 'moderator'], identities: ['staff'] },
  { email: 'sam@chorus.example', name: 'Sam Taylor', roles: ['participant'], identities: ['service-user'] },
  { email: 'jo@chorus.example', name: 'Jo Patel', roles: ['participant'], identities: ['carer', 'vcse'] },
];

export async function seedAccounts(ctx: AppContext): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.db.transaction(async (tx) => {
    const ids: Record<string, string> = {};
    for (const u of DEMO_USERS) {
      const row = await insertUser(tx, { ...u, passwordHash });
      ids[u.email] = row.id;
      await giveConsent(tx, row.id, 'privacy-notice', '2026-11');
      await tx.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [row.id]);
    }
    await saveAccessNeeds(tx, ids['sam@chorus.example']!, {
      contact_method: 'email',
      information_formats: ['easy-read'],
      communication_support: ['extra-time'],
      details: 'I find busy rooms hard. A quiet space helps.',
      share_with_organisers: true,
    });
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO organisations (name, description, website) VALUES
        ('Opening Doors', 'A learning disability advocacy group run by and for people with learning disabilities.', 'https://opening-doors.example.org'),
        ('GYROS', 'Supports Black, minority ethnic and migrant communities.', 'https://gyros.example.org'),
        ('Bridge Plus', 'A mental health charity for Black, Asian and minority ethnic communities.', 'https://bridge-plus.example.org'),
        ('ACCESS', 'A group run by deaf and disabled people that works for access to services.', 'https://access.example.org')
       RETURNING id`,
    );
    await tx.query('INSERT INTO organisation_representatives (organisation_id, user_id) VALUES ($1, $2)', [rows[0]!.id, ids['jo@chorus.example']]);
  });
}
