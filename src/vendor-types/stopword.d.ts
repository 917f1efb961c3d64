// The `stopword` package ships no types; we read its English list, and its Italian one for the bilingual audit.
declare module 'stopword' {
  export const eng: string[];
  export const ita: string[];
}
