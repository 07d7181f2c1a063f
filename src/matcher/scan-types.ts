/** What the scan (scan.ts) hands to judging: candidates and the evidence around them. */
import type { SurfaceItem } from './compile.ts';
import type { QualifierKind } from './lexicon.ts';

export type CandidateForm = 'acronym' | 'name' | 'fullName' | 'surname' | 'titleSurname' | 'quantity';

export interface QuantityInfo {
  stated: number;
  qualifier: QualifierKind;
  /** First token of the stated number (after any qualifier). */
  numberFirst: number;
  numberLast: number;
  nounFirst: number;
  generic: boolean;
  /** A share of a group ("nearly half of Senate Democrats"): `stated` is the fraction. */
  fraction?: boolean;
  /** An exact count one or two off the fact's value ("147 House Democrats" for 146). */
  near?: boolean;
  /** A fact's exact figure with no counted noun ("the exact number was 121"; bare-figures.ts). */
  bare?: boolean;
}

export interface Candidate {
  entry: number;
  first: number;
  last: number;
  form: CandidateForm;
  item?: SurfaceItem;
  quantity?: QuantityInfo;
}

export interface ContextHit {
  first: number;
  last: number;
  term: number;
}

export interface Definition {
  entry: number;
  /** The page defines the acronym as this entry ("same") or as something else ("other"). */
  same: boolean;
}

export interface Scan {
  candidates: Candidate[];
  hits: ContextHit[];
  years: number[];
  definitions: Definition[];
  /** Figures counting a class no story fact has ("22 state senators"): another event's (token, value). */
  foreignFigures: { at: number; value: number }[];
}
