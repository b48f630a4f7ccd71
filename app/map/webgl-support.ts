/**
 * Whether this browser can give the map a WebGL2 context, asked once before the map is created so
 * a browser without it gets a plain explanation instead of an exception. The probe's context is
 * released at once.
 */
export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
