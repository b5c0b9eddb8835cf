/** The capture actions' two forms (http_act.c, tcp_act.c): `capture <sample> len <n>` opens a slot, `capture <sample> id <n>` fills one. */
import type { Statement, Word } from '@hacfg/syntax';

export interface CaptureForm {
  readonly form: 'len' | 'id';
  /** The number after `len` / `id`. */
  readonly value: Word | undefined;
}

/** A `capture` rule action's form, read from the word after its (one-word) sample; undefined for other statements. */
export function captureForm(st: Statement): CaptureForm | undefined {
  if (st.type !== 'rule' || st.modifier !== undefined || st.action?.value !== 'capture') return undefined;
  const form = st.actionArgs[1]?.value;
  return form === 'len' || form === 'id' ? { form, value: st.actionArgs[2] } : undefined;
}

/** A capture id as strtol(…, 10) with an end check reads it; undefined when HAProxy refuses the word. */
export function captureId(w: Word): number | undefined {
  return /^\s*[-+]?\d+$/.test(w.value) ? Number(w.value) : undefined;
}
