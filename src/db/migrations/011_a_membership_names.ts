import { sql, type Kysely } from 'kysely';

/**
 * The name a council's administrator gave a person when adding them, kept per council: an account that
 * already exists for another council keeps its own display name, which the second council never sees
 * (docs/security.md, "Across councils").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('memberships').addColumn('display_name', 'text').execute();
  // Memberships made before this kept the account's name; each council saw it already.
  await sql`update memberships set display_name = users.display_name from users where users.id = memberships.user_id`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('memberships').dropColumn('display_name').execute();
}
