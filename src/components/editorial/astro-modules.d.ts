/** Lets plain `tsc` type-check `index.ts`, which imports components; `astro check` resolves the real types. */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
