// node-forge's own modules, loaded one by one: the DER encoder is all we use,
// and the full package takes ~100 ms to load. Types come from @types/node-forge.
declare module 'node-forge/lib/asn1.js' {
  import type forge from 'node-forge'
  const asn1: typeof forge.asn1
  export default asn1
}
declare module 'node-forge/lib/util.js' {
  import type forge from 'node-forge'
  const util: typeof forge.util
  export default util
}
