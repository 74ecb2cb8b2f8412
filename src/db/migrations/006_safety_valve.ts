import { sql, type Kysely } from 'kysely';

/**
 * Safety Valve agreements and their quarterly returns. One agreement per council, with its conditions,
 * maximum deficit profile and DfE instalments (pence as bigint; null where not known). A return holds its
 * lists (condition progress, partner contributions, risks, appendices) as jsonb written by the service,
 * and its two sign-offs; both signed means locked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The S151 officer and the Director of Children's Services sign returns: two new council roles.
  await sql`alter table memberships drop constraint if exists memberships_role_check`.execute(db);
  await sql`alter table memberships add constraint memberships_role_check check (role in ('admin', 'finance', 'send', 'viewer', 's151', 'dcs'))`.execute(
    db,
  );

  await db.schema
    .createTable('sv_agreements')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) =>
      c.notNull().unique().references('councils.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_year', 'text', (c) => c.notNull())
    .addColumn('end_year', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text')
    .addColumn('agreed_version', 'text')
    .addColumn('total_funding', 'bigint')
    .addColumn('final_payment_year', 'text')
    .addColumn('profile_basis', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('sv_conditions')
    .addColumn('agreement_id', 'integer', (c) =>
      c.notNull().references('sv_agreements.id').onDelete('cascade'),
    )
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addPrimaryKeyConstraint('sv_conditions_pkey', ['agreement_id', 'number'])
    .execute();

  await db.schema
    .createTable('sv_deficit_profile')
    .addColumn('agreement_id', 'integer', (c) =>
      c.notNull().references('sv_agreements.id').onDelete('cascade'),
    )
    .addColumn('financial_year', 'text', (c) => c.notNull())
    .addColumn('maximum', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sv_deficit_profile_pkey', ['agreement_id', 'financial_year'])
    .execute();

  await db.schema
    .createTable('sv_payments')
    .addColumn('agreement_id', 'integer', (c) =>
      c.notNull().references('sv_agreements.id').onDelete('cascade'),
    )
    .addColumn('financial_year', 'text', (c) => c.notNull())
    .addColumn('instalment', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('payment', 'writeOff')`))
    .addColumn('planned', 'bigint')
    .addColumn('received', 'bigint')
    .addColumn('withheld', 'bigint')
    .addColumn('due_date', 'text')
    .addColumn('received_date', 'text')
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('sv_payments_pkey', ['agreement_id', 'financial_year', 'instalment'])
    .execute();

  await db.schema
    .createTable('sv_returns')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('data_date', 'text', (c) => c.notNull())
    .addColumn('date_submitted', 'text')
    .addColumn('kpi_period', 'text', (c) => c.notNull())
    .addColumn('projection_version', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('conditions', 'jsonb', (c) => c.notNull())
    .addColumn('partner_contributions', 'jsonb', (c) => c.notNull())
    .addColumn('risks', 'jsonb', (c) => c.notNull())
    .addColumn('appendices', 'jsonb', (c) => c.notNull())
    .addColumn('ehcp_kpis', 'jsonb', (c) => c.notNull())
    .addColumn('s151_sign_off', 'jsonb')
    .addColumn('dcs_sign_off', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('sv_returns_council_period', ['council_id', 'period'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from memberships where role in ('s151', 'dcs')`.execute(db);
  await sql`alter table memberships drop constraint if exists memberships_role_check`.execute(db);
  await sql`alter table memberships add constraint memberships_role_check check (role in ('admin', 'finance', 'send', 'viewer'))`.execute(
    db,
  );
  for (const table of ['sv_returns', 'sv_payments', 'sv_deficit_profile', 'sv_conditions', 'sv_agreements'])
    await db.schema.dropTable(table).execute();
}
