import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 20: a username is unique within its municipality, not across the deployment; each municipality gets a
 * short stable address name (`slug`) that sign-in names it by; an e-mail becomes a sign-in name, unique within
 * its municipality by its `email_key`; and an administrator's password reset marks the account so that its next
 * session must change the password first.
 */
/** Frozen copies of `municipalitySlug` and `emailKey` as they were when this migration was written. */
function slugAsOf1765357200000(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug || 'kunta';
}
function emailKeyAsOf1765357200000(email: string): string {
  return email.normalize('NFKC').toLowerCase();
}

export class AccountsPerMunicipality1765357200000 implements MigrationInterface {
  name = 'AccountsPerMunicipality1765357200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE municipality ADD COLUMN slug text`);
    const municipalities = (await db.query(`SELECT id, name FROM municipality ORDER BY created_at, id`)) as {
      id: string;
      name: string;
    }[];
    const taken = new Set<string>();
    for (const { id, name } of municipalities) {
      const base = slugAsOf1765357200000(name);
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      await db.query(`UPDATE municipality SET slug = $1 WHERE id = $2`, [slug, id]);
    }
    await db.query(`ALTER TABLE municipality ALTER COLUMN slug SET NOT NULL`);
    await db.query(`ALTER TABLE municipality ADD CONSTRAINT municipality_slug_unique UNIQUE (slug)`);
    await db.query(
      `ALTER TABLE municipality ADD CONSTRAINT municipality_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60)`,
    );

    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_username_key_unique`);
    await db.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_municipality_username_key_unique UNIQUE (municipality_id, username_key)`,
    );

    // An e-mail two accounts of one municipality already share names neither of them: no row is changed or
    // refused, and each can still sign in by username; an administrator gives one of them another e-mail.
    await db.query(`ALTER TABLE user_account ADD COLUMN email_key text`);
    const accounts = (await db.query(
      `SELECT id, municipality_id AS "municipalityId", email FROM user_account WHERE email IS NOT NULL`,
    )) as { id: string; municipalityId: string; email: string }[];
    const counts = new Map<string, number>();
    const keyOf = (account: (typeof accounts)[number]) =>
      `${account.municipalityId}|${emailKeyAsOf1765357200000(account.email)}`;
    for (const account of accounts) counts.set(keyOf(account), (counts.get(keyOf(account)) ?? 0) + 1);
    const unique = accounts.filter((account) => counts.get(keyOf(account)) === 1);
    await db.query(
      `UPDATE user_account u SET email_key = k.key FROM unnest($1::uuid[], $2::text[]) AS k(id, key) WHERE u.id = k.id`,
      [
        unique.map((account) => account.id),
        unique.map((account) => emailKeyAsOf1765357200000(account.email)),
      ],
    );
    await db.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_municipality_email_key_unique UNIQUE (municipality_id, email_key)`,
    );

    await db.query(
      `ALTER TABLE user_account ADD COLUMN password_change_required boolean NOT NULL DEFAULT false`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_account DROP COLUMN password_change_required`);
    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_municipality_email_key_unique`);
    await db.query(`ALTER TABLE user_account DROP COLUMN email_key`);
    await db.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_municipality_username_key_unique`);
    await db.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_username_key_unique UNIQUE (username_key)`,
    );
    await db.query(`ALTER TABLE municipality DROP COLUMN slug`);
  }
}
