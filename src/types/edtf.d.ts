// The edtf package ships no types; this declares the small part of its API we use.
declare module 'edtf' {
  interface ExtendedDate {
    /** First millisecond the date covers (UTC). */
    min: number;
    /** Last millisecond the date covers (UTC). */
    max: number;
    type: string;
    edtf: string;
  }
  export default function edtf(input: string): ExtendedDate;
}
