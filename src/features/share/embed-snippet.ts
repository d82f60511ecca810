// The <iframe> an author pastes into an article to embed what is on screen; attribute values are escaped, since
// the pod name comes from the user's YAML.
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(src: string, podName: string): string {
  return `<iframe src="${attribute(src)}" title="Podscope: ${attribute(podName)}" width="100%" height="520" loading="lazy" style="border:0"></iframe>`;
}
