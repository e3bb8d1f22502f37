// Bottleneck's build without clustering, the one @octokit/plugin-throttling loads; it has the
// same API as the full package, whose types it ships.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
