/** The part of the `jsonld` package (no bundled types) the JSON-LD tests use. */
declare module 'jsonld' {
  const jsonld: { expand(input: object, options?: object): Promise<object[]> };
  export default jsonld;
}
