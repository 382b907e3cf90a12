// graphql-ws's ws adapter is only a package export, which moduleResolution "node" does not read:
// its types, under the path they have in the package.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
