import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { Database } from '@ap/persistence';

/** The text a stored file holds: a DOCX (or any ZIP) unpacked part by part, a PDF's text as pdftotext reads it. */
function readable(bytes: Buffer): string {
  if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    const zip = new PizZip(bytes);
    return Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.asText())
      .join('\n');
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    const dir = mkdtempSync(join(tmpdir(), 'dump-pdf-'));
    try {
      writeFileSync(join(dir, 'f.pdf'), bytes);
      return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'f.pdf'), '-']).toString().replace(/\s+/g, ' ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return bytes.toString('utf8');
}

/**
 * Where a text occurs in the database, as a search of its dump would find it: every column of every table
 * cast to text (JSON, arrays and all), and every stored file's content unpacked (DOCX parts, PDF text).
 * Returns `table.column` for each column that holds it; not case-sensitive.
 */
export async function findInDatabase(db: Database, needle: string): Promise<string[]> {
  const columns = await db.read((uow) =>
    uow.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    ),
  );
  const hits: string[] = [];
  const lower = needle.toLowerCase();
  for (const { table_name: table, column_name: column, data_type: type } of columns) {
    const where = `"${table}"."${column}"`;
    if (type === 'bytea') {
      const rows = await db.read((uow) => uow.query<{ v: Buffer }>(`SELECT "${column}" AS v FROM "${table}" WHERE "${column}" IS NOT NULL`));
      if (rows.some((r) => readable(r.v).toLowerCase().includes(lower))) hits.push(where);
    } else {
      const [{ n }] = await db.read((uow) => uow.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`, [`%${needle}%`]));
      if (n) hits.push(where);
    }
  }
  return hits;
}
