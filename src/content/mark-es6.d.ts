/** mark.js's ES2015 build: the same Mark as 'mark.js' (highlighter.ts says why it uses this file). */
declare module 'mark.js/dist/mark.es6.js' {
  const Mark: typeof import('mark.js');
  export default Mark;
}
