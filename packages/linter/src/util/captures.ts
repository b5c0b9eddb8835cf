/** The capture actions' two forms (http_act.c, tcp_act.c): `capture <sample> len <n>` opens a slot, `capture <sample> id <n>` fills one. */
import { sampleWordSpan, type HaproxyVersion } from '@hacfg/catalog';
import type { Statement, Word } from '@hacfg/syntax';

export interface CaptureForm {
  readonly form: 'len' | 'id';
  /** The number after `len` / `id`. */
  readonly value: Word | undefined;
}

/** A `capture` rule action's form, read from the word after its sample (and its converter words); undefined for other statements. */
export function captureForm(st: Statement, version: HaproxyVersion): CaptureForm | undefined {
  if (st.type !== 'rule' || st.modifier !== undefined || st.action?.value !== 'capture') return undefined;
  const args = st.actionArgs;
  const at = args.length > 2 ? sampleWordSpan(args.map((w) => w.value), 0, version) : 1;
  const form = args[at]?.value;
  return form === 'len' || form === 'id' ? { form, value: args[at + 1] } : undefined;
}

/** A capture id as strtol(…, 10) with an end check reads it; undefined when HAProxy refuses the word. */
export function captureId(w: Word): number | undefined {
  return /^\s*[-+]?\d+$/.test(w.value) ? Number(w.value) : undefined;
}
