/**
 * A person's titles as copy varies them. The dataset gives each title as its articles wrote it
 * ("Obama spokesman", "DHS Secretary"); a reporter may name the office alone ("spokesman
 * Earnest") or by another word for the same office ("White House press secretary Josh Earnest").
 */

/** Words for one office, any of which names it. */
const SAME_OFFICE: readonly (readonly string[])[] = [
  ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  ['chairman', 'chairwoman', 'chair'],
];
/** Office words that stand alone before a surname, as the last word of a longer title. */
const OFFICES = new Set([...SAME_OFFICE.flat(), 'secretary', 'senator', 'representative', 'president', 'director']);

/** The title, the office it ends with (if it is one of OFFICES), and the office's other names. */
export function titleForms(title: string): string[] {
  const lower = title.toLowerCase();
  const office = [...OFFICES].find((o) => lower === o || lower.endsWith(` ${o}`));
  if (!office) return [title];
  const others = SAME_OFFICE.find((group) => group.includes(office)) ?? [office];
  return [...new Set([title, office, ...others])];
}
