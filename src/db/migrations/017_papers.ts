import { sql, type Kysely } from 'kysely';

/**
 * The papers a council writes from its figures (issue 15): committee, Schools Forum and partnership board
 * papers (their narrative; every table is drawn when the paper is rendered), the council's key contact and
 * background documents; the delivery of each savings line over the year, which Safety Valve conditions a
 * savings line counts towards, and a council's overrides of figures the return draws; the governance cycle
 * (bodies, meetings, documents attached to meetings) and what it tracks (decisions, actions,
 * recommendations, the progress and issues log). Dates are ISO text, as in the other tables; pence bigint.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('papers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('as_at', 'text', (c) => c.notNull())
    .addColumn('plan_version', 'text')
    .addColumn('narrative', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'final')`))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('papers_council').on('papers').columns(['council_id', 'as_at']).execute();

  await db.schema
    .createTable('council_paper_settings')
    .addColumn('council_id', 'integer', (c) => c.primaryKey().references('councils.id').onDelete('cascade'))
    .addColumn('key_contact', 'jsonb')
    .addColumn('background_documents', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('savings_delivery')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('plan_versions.id').onDelete('cascade'))
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('financial_year', 'text', (c) => c.notNull())
    .addColumn('as_at', 'text', (c) => c.notNull())
    .addColumn('delivered', 'bigint', (c) => c.notNull())
    .addColumn('forecast', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('savings_delivery_entry', ['version_id', 'line_key', 'financial_year', 'as_at'])
    .execute();

  await db.schema
    .createTable('condition_savings_lines')
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('condition_number', 'text', (c) => c.notNull())
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('condition_savings_lines_pkey', ['council_id', 'condition_number', 'line_key'])
    .execute();

  await db.schema
    .createTable('return_figure_overrides')
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('figure', 'text', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('return_figure_overrides_pkey', ['council_id', 'period', 'figure'])
    .execute();

  await db.schema
    .createTable('governance_bodies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('board', 'committee', 'forum', 'dfe', 'other')`),
    )
    .addColumn('cadence_months', 'integer')
    .addColumn('chair', 'text')
    .addColumn('remit', 'text')
    .addUniqueConstraint('governance_bodies_name', ['council_id', 'name'])
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('body_id', 'integer', (c) =>
      c.notNull().references('governance_bodies.id').onDelete('cascade'),
    )
    .addColumn('meets_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'held', 'cancelled')`))
    .addColumn('notes', 'text')
    .execute();
  await db.schema
    .createIndex('meetings_council')
    .on('meetings')
    .columns(['council_id', 'meets_on'])
    .execute();

  await db.schema
    .createTable('meeting_documents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('paper_id', 'integer', (c) => c.references('papers.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .execute();

  await db.schema
    .createTable('governance_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('decision', 'action', 'recommendation', 'progress', 'issue')`),
    )
    .addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('reference', 'text')
    .addColumn('source', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('owner', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'inProgress', 'done', 'closed')`),
    )
    .addColumn('completed_on', 'text')
    .addColumn('progress', 'text')
    .addColumn('workstream', 'text')
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('governance_items_council')
    .on('governance_items')
    .columns(['council_id', 'kind', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'governance_items',
    'meeting_documents',
    'meetings',
    'governance_bodies',
    'return_figure_overrides',
    'condition_savings_lines',
    'savings_delivery',
    'council_paper_settings',
    'papers',
  ])
    await db.schema.dropTable(table).execute();
}
