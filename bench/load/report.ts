import type { Measured } from './fire.js';

/** One verdict against a goal. A figure made of wrong answers measures something else: it is void. */
export interface Verdict {
  goal: string;
  figure: string;
  outcome: 'PASS' | 'MISS' | 'VOID';
}

export function judge(goal: string, figure: string, met: boolean, valid = true): Verdict {
  return { goal, figure, outcome: !valid ? 'VOID' : met ? 'PASS' : 'MISS' };
}

const whole = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number) => n.toFixed(2);
export const percent = (n: number) => `${Math.round(n * 100)}%`;
export const times = (n: number) => `${n.toFixed(2)}x`;

function table(header: string[], rows: string[][], rightAligned: (column: number) => boolean): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => (rightAligned(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('   ')}`.trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function loadTable(rows: { name: string; connections: number; measured: Measured }[]): string {
  return table(
    ['load (autocannon)', 'conns', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'wrong'],
    rows.map(({ name, connections, measured: m }) => [name, String(connections), whole(m.requests), whole(m.perSecond), ms(m.p50Ms), ms(m.p99Ms), String(m.wrong)]),
    (column) => column > 0,
  );
}

export function totpTable(rows: { name: string; helperPerSecond: number; rawPerSecond: number }[]): string {
  return table(
    ['TOTP check (timed loop)', 'checkTotp/s', 'raw HMAC/s', 'raw / helper'],
    rows.map((row) => [row.name, whole(row.helperPerSecond), whole(row.rawPerSecond), times(row.rawPerSecond / row.helperPerSecond)]),
    (column) => column > 0,
  );
}

export function verdictTable(verdicts: Verdict[]): string {
  return table(['goal', 'measured', ''], verdicts.map((v) => [v.goal, v.figure, v.outcome]), (column) => column === 1);
}
