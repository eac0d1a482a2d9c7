import type { TagColour } from '@/components/ui/tag';

/** "8.5 days per FTE"; "No value" when the figure cannot be worked out (no FTE in the year). */
export function daysPerFte(value: number | null | undefined): string {
  return value === null || value === undefined ? 'No value' : `${value.toFixed(1)} days per FTE`;
}

/** A sickness reason code in words: "stress-depression-anxiety" becomes "Stress, depression, anxiety". */
export function reasonText(code: string | undefined): string {
  if (!code) return 'Not recorded';
  const words = code.split('-');
  const text = words.length > 2 ? words.join(', ') : words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a Bradford factor calls for a review under the council's trigger, in words and colour. */
export function bradfordStatus(atOrAboveTrigger: boolean, trigger: number): { text: string; colour: TagColour } {
  return atOrAboveTrigger
    ? { text: `At or above ${trigger}: review`, colour: 'red' }
    : { text: `Below ${trigger}`, colour: 'grey' };
}
